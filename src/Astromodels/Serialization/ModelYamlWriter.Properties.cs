using Astromodels.Functions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Astromodels.Serialization;

internal sealed partial class ModelYamlWriter
{
    /// <summary>The function properties after the parameters, as astromodels' <c>FunctionProperty.to_dict</c>: an
    /// absorber's <c>abundance_table</c> (<c>abundance_table_N</c> for the N-th component of a composite, astromodels'
    /// numbering of composite properties), a table model's <c>table</c> (kind and file), and PhAbs' <c>cross_sections</c> when it is not the default (astromodels has
    /// no such property, so a default model stays readable by astromodels).</summary>
    private void WriteProperties(Function1D function)
    {
        IReadOnlyList<Function1D> leaves = function is CompositeFunction c ? c.Leaves : [function];
        for (var i = 0; i < leaves.Count; i++)
        {
            if (leaves[i] is ITabulatedFunction tabulated)
            {
                Key(function is CompositeFunction ? $"{TableProperty}_{i + 1}" : TableProperty);
                BeginMap();
                Key("kind");
                String(tabulated.TableKind);
                Key("file");
                String(tabulated.TableFile);
                EndMap();
            }

            if (leaves[i] is PhAbs { CrossSections: not PhotoionizationCrossSections.Vern } phabs)
            {
                Key(function is CompositeFunction ? $"{CrossSectionsProperty}_{i + 1}" : CrossSectionsProperty);
                BeginMap();
                Key("value");
                String(phabs.CrossSections.ToString().ToLowerInvariant());
                Key("desc");
                String("the per-element photoionisation cross-sections (XSPEC xsect)");
                EndMap();
            }

            // astromodels gives WAbs no property: its single table is a label, not a choice.
            if (leaves[i] is not PhotoelectricAbsorption { AllowedAbundanceTables.Count: > 1 } absorber)
            {
                continue;
            }

            Key(function is CompositeFunction ? $"{AbundanceTableProperty}_{i + 1}" : AbundanceTableProperty);
            BeginMap();
            Key("value");
            String(absorber.AbundanceTable.ToString());
            Key("desc");
            String("the abundance table for the model");
            Key("allowed values");
            _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));
            foreach (var table in absorber.AllowedAbundanceTables)
            {
                String(table.ToString());
            }

            _emitter.Emit(new SequenceEnd());
            Key("defer");
            Bool(false);
            Key("function");
            String("_init_xsect");
            EndMap();
        }
    }

    /// <summary>astromodels' name of the absorbers' abundance-table property.</summary>
    internal const string AbundanceTableProperty = "abundance_table";

    /// <summary>Our key for a table model's file and loader (<c>table_N</c> in composites).</summary>
    internal const string TableProperty = "table";

    /// <summary>Our name of PhAbs' cross-section choice (XSPEC's <c>xsect</c>).</summary>
    internal const string CrossSectionsProperty = "cross_sections";
}
