using Astromodels.Functions;
using YamlDotNet.RepresentationModel;

namespace Astromodels.Serialization;

internal sealed partial class ModelYamlReader
{
    /// <summary>The property keys a function's entry may hold, with the absorber each sets: <c>abundance_table</c>,
    /// or <c>abundance_table_N</c> for the N-th component of a composite (astromodels' numbering).</summary>
    private static Dictionary<string, PhotoelectricAbsorption> PropertyNames(Function1D function)
    {
        var result = new Dictionary<string, PhotoelectricAbsorption>(StringComparer.Ordinal);
        IReadOnlyList<Function1D> leaves = function is CompositeFunction c ? c.Leaves : [function];
        for (var i = 0; i < leaves.Count; i++)
        {
            if (leaves[i] is PhotoelectricAbsorption { AllowedAbundanceTables.Count: > 1 } absorber)
            {
                var key = function is CompositeFunction ? $"{ModelYamlWriter.AbundanceTableProperty}_{i + 1}" : ModelYamlWriter.AbundanceTableProperty;
                result[key] = absorber;
            }
        }

        return result;
    }

    /// <summary>Applies the properties present (an absent one keeps its default, as astromodels).</summary>
    private void ReadProperties(YamlMappingNode body, string path, Dictionary<string, PhotoelectricAbsorption> properties)
    {
        foreach (var (key, absorber) in properties)
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
                absorber.SetAbundanceTable(text);
            }
            catch (ArgumentException e)
            {
                throw Fail(valuePath, valueNode, e.Message, e);
            }
        }
    }
}
