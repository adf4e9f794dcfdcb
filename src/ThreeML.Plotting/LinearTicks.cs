using System.Globalization;

namespace ThreeML.Plotting;

/// <summary>Labelled ticks of a linear axis as matplotlib's MaxNLocator and ScalarFormatter choose them: steps of 1, 2,
/// 2.5 or 5 × 10ᵏ, labels that fit between the ticks, and a shared scale (×10ⁿ) or offset when the values are very
/// small, very large, or differ only in distant digits.</summary>
/// <remarks>A value on the axis is <c>label × 10^Exponent + Offset</c>. The exponent is used when the largest
/// magnitude on the axis is below 10⁻² or at least 10⁴ (matplotlib uses 10⁻⁵ and 10⁶; corner panels are narrow, so the
/// labels are kept to about five characters); the offset when the labels would otherwise need more than five
/// significant digits. Ticks closer to either end than half a label (plus a small gap) are left out so that labels of
/// neighbouring panels never touch, and at least two ticks are always labelled: on an axis too short for two labels
/// at the requested size the labels get smaller (<see cref="FontSize"/>, down to 8 px, legible on screen).</remarks>
internal sealed record LinearTicks(double[] Positions, string[] Labels, int Exponent, double Offset, float FontSize = 0)
{
    private const float MinFont = 8f;

    private static readonly double[] Mantissas = [1, 2, 5, 2.5];

    /// <summary>The text of the shared scale and offset, "" when neither is used ("×10⁻⁵", "+150", "×10⁻⁵ +1.5").</summary>
    public string ScaleText
    {
        get
        {
            var scale = Exponent != 0 ? "×" + LogTickGenerator.Power(Exponent) : "";
            var offset = Offset != 0 ? (Offset > 0 ? "+" : "−") + Math.Abs(Offset).ToString("G6", CultureInfo.InvariantCulture) : "";
            return string.Join(" ", new[] { scale, offset }.Where(s => s.Length > 0));
        }
    }

    /// <summary>Chooses the ticks of an axis from <paramref name="min"/> to <paramref name="max"/> drawn over
    /// <paramref name="pixels"/> pixels with labels of <paramref name="fontSize"/> pixels.</summary>
    /// <param name="min">Lower end of the axis (data units).</param>
    /// <param name="max">Upper end of the axis (data units).</param>
    /// <param name="pixels">Length of the axis in pixels.</param>
    /// <param name="fontSize">Label font size in pixels.</param>
    /// <param name="horizontal">True for an x axis (labels side by side), false for a y axis (labels stacked).</param>
    /// <param name="maxTicks">At most this many ticks.</param>
    public static LinearTicks Choose(double min, double max, float pixels, float fontSize, bool horizontal, int maxTicks = 5)
    {
        if (!(max > min) || !double.IsFinite(min) || !double.IsFinite(max) || !(pixels > 0))
        {
            return new LinearTicks([], [], 0, 0, fontSize);
        }

        var span = max - min;
        var largest = Math.Max(Math.Abs(min), Math.Abs(max));
        var offset = Math.Log10(largest / span) >= 4 ? RoundOffset(min, max) : 0.0;
        var magnitude = Math.Max(Math.Abs(min - offset), Math.Abs(max - offset));
        var order = (int)Math.Floor(Math.Log10(magnitude));
        var exponent = order < -2 || order >= 4 ? order : 0;
        var perPixel = span / pixels;
        var first = (int)Math.Floor(Math.Log10(span)) - 3;
        var steps = Enumerable.Range(first, 6).SelectMany(k => Mantissas.Select(m => m * Math.Pow(10, k))).ToArray();

        // The finest step whose labels fit between the ticks, with no tick label reaching past either end; on a short
        // axis, the largest font size for which one exists, down to 80 % of the size asked for; below that, every k-th
        // tick of a round step at the larger size is better than small labels (and at the smallest size, the only way).
        for (var font = fontSize; font >= Math.Max(MinFont, 0.8f * fontSize); font -= 0.5f)
        {
            if (RoundSteps(min, max, steps, exponent, offset, perPixel, font, horizontal, maxTicks) is { } ticks)
            {
                return ticks;
            }
        }

        for (var font = fontSize; font >= MinFont; font -= 0.5f)
        {
            if ((RoundSteps(min, max, steps, exponent, offset, perPixel, font, horizontal, maxTicks) ?? Thinned(min, max, steps, exponent, offset, perPixel, font, horizontal, maxTicks)) is { } ticks)
            {
                return ticks;
            }
        }

        // Still too narrow: the coarsest step that still gives two ticks, kept off the ends if possible.
        foreach (var step in steps.Reverse())
        {
            var candidate = Build(min, max, step, exponent, offset, 0);
            if (candidate.Positions.Length >= 2)
            {
                var inner = Build(min, max, step, exponent, offset, ((Extent(candidate, MinFont, horizontal) / 2) + 2) * perPixel);
                return (inner.Positions.Length >= 2 ? inner : candidate) with { FontSize = MinFont };
            }
        }

        return Build(min, max, span, exponent, offset, 0) with { FontSize = MinFont };
    }

    /// <summary>The finest round step whose labels at <paramref name="font"/> fit between the ticks and stay inside
    /// the axis, or null.</summary>
    private static LinearTicks? RoundSteps(double min, double max, double[] steps, int exponent, double offset, double perPixel, float font, bool horizontal, int maxTicks)
    {
        foreach (var step in steps)
        {
            var candidate = Build(min, max, step, exponent, offset, 0);
            if (candidate.Positions.Length < 2)
            {
                continue;
            }

            var extent = Extent(candidate, font, horizontal);
            var gap = horizontal ? 0.8f * font : 0.4f * font;
            var inner = Build(min, max, step, exponent, offset, ((extent / 2) + 2) * perPixel);
            if (inner.Positions.Length >= 2 && inner.Positions.Length <= maxTicks && step / perPixel >= extent + gap)
            {
                return inner with { FontSize = font };
            }
        }

        return null;
    }

    /// <summary>Every k-th tick of the coarsest round step that leaves at least two labels apart at
    /// <paramref name="font"/> (e.g. 149.8 and 150.2 on a 149.7-150.4 axis, where 150.00 and 150.25 would collide),
    /// or null.</summary>
    private static LinearTicks? Thinned(double min, double max, double[] steps, int exponent, double offset, double perPixel, float font, bool horizontal, int maxTicks)
    {
        foreach (var step in steps.OrderByDescending(v => v))
        {
            var candidate = Build(min, max, step, exponent, offset, 0);
            if (candidate.Positions.Length < 2)
            {
                continue;
            }

            var inner = Build(min, max, step, exponent, offset, ((Extent(candidate, font, horizontal) / 2) + 2) * perPixel);
            if (inner.Positions.Length < 2)
            {
                continue;
            }

            var need = Extent(inner, font, horizontal) + (horizontal ? 0.8f * font : 0.4f * font);
            var every = (int)Math.Ceiling(need / (step / perPixel));
            if (every < inner.Positions.Length)
            {
                var kept = Enumerable.Range(0, inner.Positions.Length).Where(i => i % every == 0).Take(maxTicks).ToArray();
                return inner with { Positions = [.. kept.Select(i => inner.Positions[i])], Labels = [.. kept.Select(i => inner.Labels[i])], FontSize = font };
            }
        }

        return null;
    }

    private static float Extent(LinearTicks ticks, float fontSize, bool horizontal) =>
        horizontal ? ticks.Labels.Max(l => FigureText.Width(l, fontSize)) : FigureText.Height(1, fontSize);

    /// <summary>Multiples of the step inside [min + margin, max − margin], labelled with just enough decimals.</summary>
    private static LinearTicks Build(double min, double max, double step, int exponent, double offset, double margin)
    {
        var positions = new List<double>();
        var start = Math.Ceiling((min - offset + margin) / step);
        for (var i = start; offset + (i * step) <= max - margin + (1e-9 * step) && positions.Count < 100; i++)
        {
            positions.Add(offset + (i * step));
        }

        var scale = Math.Pow(10, exponent);
        var scaled = positions.Select(p => (p - offset) / scale).ToArray();
        var decimals = 0;
        while (decimals < 12 && scaled.Any(v => Math.Abs(Math.Round(v, decimals) - v) > 1e-6 * step / scale))
        {
            decimals++;
        }

        var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        var labels = scaled.Select(v => Math.Round(v, decimals).ToString(format, CultureInfo.InvariantCulture).Replace('-', '−')).ToArray();
        return new LinearTicks([.. positions], [.. labels.Select(l => l == "−" + 0.0.ToString(format, CultureInfo.InvariantCulture) ? l[1..] : l)], exponent, offset);
    }

    /// <summary>A round number near the middle of the axis with no more digits than the span needs to disappear.</summary>
    private static double RoundOffset(double min, double max)
    {
        var unit = Math.Pow(10, Math.Ceiling(Math.Log10(max - min)));
        return Math.Round(0.5 * (min + max) / unit) * unit;
    }
}
