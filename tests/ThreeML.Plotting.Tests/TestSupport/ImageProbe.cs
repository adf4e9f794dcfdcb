using SkiaSharp;

namespace ThreeML.Plotting.Tests.TestSupport;

/// <summary>Pixel inspection of a rendered PNG.</summary>
internal sealed class ImageProbe : IDisposable
{
    private readonly SKBitmap _bitmap;

    public ImageProbe(byte[] png)
    {
        _bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("The PNG could not be decoded.");
    }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public SKColor this[int x, int y] => _bitmap.GetPixel(x, y);

    public void Dispose() => _bitmap.Dispose();

    public static bool IsDark(SKColor c) => c.Red + c.Green + c.Blue < 3 * 110;

    public static bool IsWhite(SKColor c) => c.Red > 245 && c.Green > 245 && c.Blue > 245;

    public double NonWhiteFraction()
    {
        var count = 0;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                count += IsWhite(this[x, y]) ? 0 : 1;
            }
        }

        return (double)count / (Width * Height);
    }

    public int DarkPixels(int left, int top, int right, int bottom)
    {
        var count = 0;
        for (var y = Math.Max(0, top); y < Math.Min(Height, bottom); y++)
        {
            for (var x = Math.Max(0, left); x < Math.Min(Width, right); x++)
            {
                count += IsDark(this[x, y]) ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>Rows holding a dark horizontal run longer than <paramref name="minRun"/> pixels: the frames of plot areas.</summary>
    public List<int> FrameRows(int minRun)
    {
        var rows = new List<int>();
        for (var y = 0; y < Height; y++)
        {
            var run = 0;
            var best = 0;
            for (var x = 0; x < Width; x++)
            {
                run = IsDark(this[x, y]) ? run + 1 : 0;
                best = Math.Max(best, run);
            }

            if (best >= minRun)
            {
                rows.Add(y);
            }
        }

        return rows;
    }

    /// <summary>Whether a pixel within <paramref name="radius"/> of (x, y) has roughly the given colour.</summary>
    public bool HasColourNear(double x, double y, SKColor colour, int radius = 2, int tolerance = 60)
    {
        for (var dy = -radius; dy <= radius; dy++)
        {
            for (var dx = -radius; dx <= radius; dx++)
            {
                var (px, py) = ((int)Math.Round(x) + dx, (int)Math.Round(y) + dy);
                if (px < 0 || py < 0 || px >= Width || py >= Height)
                {
                    continue;
                }

                var c = this[px, py];
                if (Math.Abs(c.Red - colour.Red) + Math.Abs(c.Green - colour.Green) + Math.Abs(c.Blue - colour.Blue) <= tolerance)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The fraction of pixels differing by more than 40 (sum over channels) and the mean absolute difference
    /// per channel (0–255).</summary>
    public (double DifferingFraction, double MeanAbsoluteDifference) Compare(ImageProbe other)
    {
        if (other.Width != Width || other.Height != Height)
        {
            return (1, 255);
        }

        long differing = 0;
        double total = 0;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var (a, b) = (this[x, y], other[x, y]);
                var d = Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue);
                differing += d > 40 ? 1 : 0;
                total += d / 3.0;
            }
        }

        return ((double)differing / (Width * Height), total / (Width * Height));
    }
}
