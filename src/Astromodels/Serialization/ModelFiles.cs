using System.Text;

namespace Astromodels.Serialization;

/// <summary>Model files in astromodels' YAML layout: <c>model.Save(path)</c>, <c>Model.Load(path)</c>,
/// <c>model.ToYaml()</c> and <c>Model.FromYaml(text)</c>, written as members of <see cref="Model"/> (C# extension
/// members) so that 3ML's <c>model.save()</c> / <c>load_model()</c> port line by line with
/// <c>using Astromodels.Serialization;</c>.</summary>
/// <remarks>They live here, above the functions they parse by name, rather than on <see cref="Model"/> itself, so the
/// root namespace does not depend on Serialization (no namespace cycle; design record 0019).</remarks>
public static class ModelFiles
{
    /// <summary>The extension members on a model.</summary>
    /// <param name="model">The model.</param>
    extension(Model model)
    {
        /// <summary>The model in astromodels' YAML layout, as <c>model.save()</c> writes it (see <see cref="Save"/>).</summary>
        public string ToYaml() => ModelYamlWriter.Write(model);

        /// <summary>Writes the model to a YAML file that astromodels' <c>load_model</c> can read; the file is written to a
        /// temporary file in the same folder and then renamed, so a failure never leaves a half-written model.</summary>
        /// <param name="path">The file to write.</param>
        /// <param name="overwrite">Replace an existing file (as astromodels' <c>overwrite=True</c>).</param>
        /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
        public void Save(string path, bool overwrite = false)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(path);
            var full = System.IO.Path.GetFullPath(path);
            if (!overwrite && File.Exists(full))
            {
                throw new IOException($"The model file '{path}' exists already; use Save(path, overwrite: true) to replace it.");
            }

            var yaml = model.ToYaml();
            var temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
            try
            {
                File.WriteAllText(temporary, yaml, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                File.Move(temporary, full, overwrite);
            }
            catch (IOException e) when (!overwrite && File.Exists(full))
            {
                throw new IOException($"The model file '{path}' exists already; use Save(path, overwrite: true) to replace it.", e);
            }
            finally
            {
                File.Delete(temporary);
            }
        }

        /// <summary>Reads a model from astromodels YAML text (the layout of <c>ToYaml</c> or of astromodels' <c>model.save()</c>).</summary>
        /// <param name="yaml">The model file's text.</param>
        /// <param name="tables">Loads the table models the text names (<c>table: {kind, file}</c>; relative files are
        /// relative to the working folder); without it such a model is reported, not read.</param>
        /// <exception cref="ModelFileException">The YAML is malformed or describes an invalid or unsupported model; the message names the YAML path and line.</exception>
        public static Model FromYaml(string yaml, TableFunctionLoader? tables = null) => ModelYamlReader.Read(yaml, file: null, tables);

        /// <summary>Reads a model file written by <c>Save</c> or by astromodels' <c>model.save()</c>.</summary>
        /// <exception cref="ModelFileException">The file is malformed or describes an invalid or unsupported model; the message names the file, the YAML path and the line.</exception>
        /// <exception cref="FileNotFoundException">The file does not exist.</exception>
        /// <param name="path">The model file.</param>
        /// <param name="tables">Loads the table models the file names (relative table files are relative to the model
        /// file's folder); without it such a model is reported, not read.</param>
        public static Model Load(string path, TableFunctionLoader? tables = null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(path);
            return ModelYamlReader.Read(File.ReadAllText(path), path, tables);
        }
    }
}
