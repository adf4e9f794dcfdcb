namespace ThreeML.Spectra;

/// <summary>One end of a channel selection: an energy (keV) or a 0-based channel index.</summary>
internal readonly record struct SelectionBound(double Energy, int? Channel)
{
    public static SelectionBound AtEnergy(double keV) => new(keV, null);

    public static SelectionBound AtChannel(int index) => new(double.NaN, index);
}
