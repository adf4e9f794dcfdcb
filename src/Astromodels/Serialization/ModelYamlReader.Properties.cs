using Astromodels.Functions;
using YamlDotNet.RepresentationModel;

namespace Astromodels.Serialization;

internal sealed partial class ModelYamlReader
{
    /// <summary>The property keys a function's entry may hold, each with the setter it calls: an absorber's
    /// <c>abundance_table</c>, and PhAbs' <c>cross_sections</c> (our addition, written only when not the default), with
    /// <c>_N</c> appended for the N-th component of a composite (astromodels' numbering).</summary>
    private static Dictionary<string, Action<string>> PropertyNames(Function1D function)
    {
        var result = new Dictionary<string, Action<string>>(StringComparer.Ordinal);
        IReadOnlyList<Function1D> leaves = function is CompositeFunction c ? c.Leaves : [function];
        for (var i = 0; i < leaves.Count; i++)
        {
            var suffix = function is CompositeFunction ? $"_{i + 1}" : string.Empty;
            if (leaves[i] is PhotoelectricAbsorption { AllowedAbundanceTables.Count: > 1 } absorber)
            {
                result[ModelYamlWriter.AbundanceTableProperty + suffix] = absorber.SetAbundanceTable;
            }

            if (leaves[i] is PhAbs phabs)
            {
                result[ModelYamlWriter.CrossSectionsProperty + suffix] = text => phabs.CrossSections = ParseCrossSections(text);
            }
        }

        return result;
    }

    private static PhotoionizationCrossSections ParseCrossSections(string text) =>
        Enum.TryParse<PhotoionizationCrossSections>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new ArgumentException($"Unknown PhAbs cross-sections '{text}'; choose one of vern, bcmc.");

    /// <summary>Applies the properties present (an absent one keeps its default, as astromodels).</summary>
    private void ReadProperties(YamlMappingNode body, string path, Dictionary<string, Action<string>> properties)
    {
        foreach (var (key, set) in properties)
        {
            if (Get(body, key) is not { } node)
            {
                continue;
            }

            var propertyPath = $"{path}.{key}";
            // astromodels writes the full form (value, desc, allowed values, defer, function); a bare value is accepted too.
            var valueNode = node is YamlMappingNode map ? Require(map, "value", propertyPath) : node;
            var valuePath = node is YamlMappingNode ? propertyPath + ".value" : propertyPath;
            var text = Text(valueNode, valuePath);
            try
            {
                set(text);
            }
            catch (ArgumentException e)
            {
                throw Fail(valuePath, valueNode, e.Message, e);
            }
        }
    }
}
