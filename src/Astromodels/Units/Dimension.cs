namespace Astromodels;

/// <summary>Exponents of the SI base dimensions m, kg, s, A, K plus the plane angle (rad).</summary>
/// <remarks>
/// The radian is kept as a dimension of its own so that an angle is not silently a pure number; the
/// steradian is rad², as in astropy. Photons and counts carry no dimension (see <see cref="Units.ph"/>).
/// </remarks>
internal readonly record struct Dimension(Rational Length, Rational Mass, Rational Time, Rational Current, Rational Temperature, Rational Angle)
{
    public static Dimension None => default;

    public static Dimension OfLength => new() { Length = Rational.One };

    public static Dimension OfMass => new() { Mass = Rational.One };

    public static Dimension OfTime => new() { Time = Rational.One };

    public static Dimension OfCurrent => new() { Current = Rational.One };

    public static Dimension OfTemperature => new() { Temperature = Rational.One };

    public static Dimension OfAngle => new() { Angle = Rational.One };

    public bool IsNone => Length.IsZero && Mass.IsZero && Time.IsZero && Current.IsZero && Temperature.IsZero && Angle.IsZero;

    public static Dimension operator *(Dimension a, Dimension b) => new(
        a.Length + b.Length, a.Mass + b.Mass, a.Time + b.Time, a.Current + b.Current, a.Temperature + b.Temperature, a.Angle + b.Angle);

    public static Dimension operator /(Dimension a, Dimension b) => a * b.Pow(-Rational.One);

    public Dimension Pow(Rational p) => new(Length * p, Mass * p, Time * p, Current * p, Temperature * p, Angle * p);

    /// <summary>Builds a dimension from integer exponents (m, kg, s, A, K, rad).</summary>
    public static Dimension Of(int m = 0, int kg = 0, int s = 0, int a = 0, int k = 0, int rad = 0) =>
        new(new Rational(m), new Rational(kg), new Rational(s), new Rational(a), new Rational(k), new Rational(rad));
}
