using Astromodels.Functions;

namespace Astromodels.Serialization;

/// <summary>Rebuilds a <see cref="CompositeFunction"/> from astromodels' expression text, e.g.
/// "((Powerlaw{1} + Blackbody{2}) * Line{3})".</summary>
/// <remarks>Grammar: sum := product (('+' | '-') product)*; product := composition (('*' | '/') composition)*;
/// composition := primary ('of' composition)?; primary := Name '{' n '}' | '(' sum ')'. Components must be numbered
/// 1, 2, ... in order of appearance, because the parameters are renamed by position. Numeric constants and '**', which
/// astromodels also allows, are rejected.</remarks>
internal sealed class FunctionExpressionParser
{
    private readonly string _text;
    private readonly Func<string, Function1D> _create;
    private int _pos;
    private int _components;

    private FunctionExpressionParser(string text, Func<string, Function1D> create)
    {
        _text = text;
        _create = create;
    }

    /// <summary>Parses <paramref name="expression"/>, creating each component with <paramref name="create"/>.</summary>
    /// <exception cref="FormatException">The expression is malformed; the message names it and the position (1-based).</exception>
    /// <exception cref="ArgumentException">A component name is unknown (thrown by <paramref name="create"/>).</exception>
    public static Function1D Parse(string expression, Func<string, Function1D> create)
    {
        var parser = new FunctionExpressionParser(expression, create);
        var result = parser.ParseSum();
        parser.SkipSpaces();
        if (parser._pos < expression.Length)
        {
            throw parser.Error($"unexpected '{expression[parser._pos]}'");
        }

        return result;
    }

    private Function1D ParseSum()
    {
        var left = ParseProduct();
        while (TryOperator('+', '-', out var op))
        {
            var right = ParseProduct();
            left = op == '+' ? left + right : left - right;
        }

        return left;
    }

    private Function1D ParseProduct()
    {
        var left = ParseComposition();
        while (TryOperator('*', '/', out var op))
        {
            if (Peek() == '*')
            {
                throw Error("'**' (power) is not supported");
            }

            var right = ParseComposition();
            left = op == '*' ? left * right : left / right;
        }

        return left;
    }

    private Function1D ParseComposition()
    {
        var outer = ParsePrimary();
        SkipSpaces();
        if (_pos + 2 <= _text.Length && string.CompareOrdinal(_text, _pos, "of", 0, 2) == 0
            && (_pos + 2 == _text.Length || !IsNameChar(_text[_pos + 2])))
        {
            _pos += 2;
            return outer.Of(ParseComposition());
        }

        return outer;
    }

    private Function1D ParsePrimary()
    {
        SkipSpaces();
        if (_pos >= _text.Length)
        {
            throw Error("the expression ends where a function or '(' was expected");
        }

        if (_text[_pos] == '(')
        {
            _pos++;
            var inner = ParseSum();
            SkipSpaces();
            if (Peek() != ')')
            {
                throw Error(_pos < _text.Length ? $"expected ')' but found '{_text[_pos]}'" : "a ')' is missing");
            }

            _pos++;
            return inner;
        }

        var start = _pos;
        if (!char.IsAsciiLetter(_text[_pos]) && _text[_pos] != '_')
        {
            throw Error(char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '.' ? "numeric constants are not supported" : $"unexpected '{_text[_pos]}'");
        }

        while (_pos < _text.Length && IsNameChar(_text[_pos]))
        {
            _pos++;
        }

        var name = _text[start.._pos];
        if (Peek() != '{')
        {
            throw Error($"expected '{{n}}' after function name '{name}'");
        }

        var close = _text.IndexOf('}', _pos);
        var numberText = close < 0 ? "" : _text[(_pos + 1)..close];
        if (close < 0 || !int.TryParse(numberText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            throw Error($"expected a component number in braces after '{name}'");
        }

        _components++;
        if (number != _components)
        {
            _pos = start;
            throw Error($"component '{name}{{{number}}}' should be numbered {_components}: components must be numbered 1, 2, ... in order of appearance, each once");
        }

        _pos = close + 1;
        return _create(name);
    }

    private bool TryOperator(char a, char b, out char op)
    {
        SkipSpaces();
        op = Peek();
        if (op == a || op == b)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipSpaces()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private FormatException Error(string what) =>
        new($"Cannot read the composite expression '{_text}' at position {_pos + 1}: {what}.");
}
