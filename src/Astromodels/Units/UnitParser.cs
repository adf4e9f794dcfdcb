using System.Globalization;

namespace Astromodels;

/// <summary>A recursive-descent reader for astropy "generic" unit strings.</summary>
/// <remarks>
/// <code>
/// quotient := product ('/' product)*                      left-associative: erg/cm2/s = erg cm-2 s-1
/// product  := power ((whitespace | '*' | '.') power)*
/// power    := operand (signed-integer | '(' fraction ')' | ('^' | '**') exponent)?
/// operand  := symbol | number | '(' quotient ')'
/// exponent := signed-decimal | '(' signed-decimal ('/' signed-decimal)? ')'
/// </code>
/// An integer directly after a symbol is its power ("cm2", "s-1"); a number standing alone is a scale ("1e-3 erg").
/// </remarks>
internal sealed partial class UnitParser
{
    private readonly string text;
    private int pos;

    // A symbol may follow a number without a space ("2keV"), but not a power ("cm2s" is a typo, not cm2 s).
    private bool afterNumber;

    private UnitParser(string text) => this.text = text;

    private bool AtEnd => pos >= text.Length;

    private char Current => text[pos];

    public static Unit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new UnitParser(text);
        parser.SkipWhitespace();
        if (parser.AtEnd)
        {
            return Unit.Dimensionless;
        }

        Unit unit;
        try
        {
            unit = parser.ParseQuotient();
        }
        catch (OverflowException)
        {
            throw parser.Fail(string.Empty, "the powers or the scale are too large to represent");
        }

        parser.SkipWhitespace();
        if (!parser.AtEnd)
        {
            var problem = parser.Current == ')'
                ? "')' has no matching '('"
                : $"unexpected '{parser.Current}'; expected '*', '/', whitespace or the end of the string";
            throw parser.Fail(parser.Current.ToString(), problem);
        }

        return unit;
    }

    private Unit ParseQuotient()
    {
        var result = ParseProduct();
        while (true)
        {
            SkipWhitespace();
            if (AtEnd || Current != '/')
            {
                return result;
            }

            pos++;
            result /= ParseProduct();
        }
    }

    private Unit ParseProduct()
    {
        var result = ParsePower();
        while (true)
        {
            var start = pos;
            var spaced = SkipWhitespace();
            if (AtEnd)
            {
                return result;
            }

            if ((Current == '*' && Peek(1) != '*') || (Current == '.' && !char.IsAsciiDigit(Peek(1))))
            {
                pos++;
            }
            else if (!(spaced || afterNumber || Current == '(' || text[start - 1] == ')') || !StartsOperand(Current))
            {
                pos = start;
                return result;
            }

            result *= ParsePower();
        }
    }

    private Unit ParsePower()
    {
        SkipWhitespace();
        var isNumber = !AtEnd && StartsNumber();
        var operand = ParseOperand();
        afterNumber = isNumber;
        if (!isNumber && !AtEnd && (char.IsAsciiDigit(Current) || (Current is '+' or '-' && char.IsAsciiDigit(Peek(1)))))
        {
            var power = ParseSignedDecimal(integerOnly: true);
            if (!AtEnd && Current == '.' && char.IsAsciiDigit(Peek(1)))
            {
                throw Fail(".", "a power written without '^' must be an integer; write 's^0.5' or 's(1/2)'");
            }

            return operand.Pow(power);
        }

        if (!isNumber && !AtEnd && Current == '(' && StartsSignedNumber(SkipAhead(pos + 1)))
        {
            return operand.Pow(ParseParenthesisedPower());
        }

        var start = pos;
        SkipWhitespace();
        var opStart = pos;
        if (text.AsSpan(pos).StartsWith("**"))
        {
            pos += 2;
        }
        else if (!AtEnd && Current == '^')
        {
            pos++;
        }
        else
        {
            pos = start;
            return operand;
        }

        var op = text[opStart..pos];
        SkipWhitespace();
        if (AtEnd)
        {
            throw Fail(string.Empty, $"expected a power after '{op}' but the string ended");
        }

        if (Current == '(')
        {
            return operand.Pow(ParseParenthesisedPower());
        }

        if (!StartsSignedNumber(pos))
        {
            throw Fail(Current.ToString(), $"expected a power after '{op}' but found '{Current}'");
        }

        return operand.Pow(ParseSignedDecimal(integerOnly: false));
    }

    private Unit ParseOperand()
    {
        if (AtEnd)
        {
            throw Fail(string.Empty, "expected a unit, a number or '(' but the string ended");
        }

        if (Current == '(')
        {
            var open = pos++;
            var inner = ParseQuotient();
            SkipWhitespace();
            if (AtEnd || Current != ')')
            {
                pos = open;
                throw Fail("(", "'(' is never closed; expected ')'");
            }

            pos++;
            return inner;
        }

        if (StartsNumber())
        {
            var start = pos;
            var value = ReadNumber(out var mantissa, out var exponent);
            if (!(value > 0) || !double.IsFinite(value))
            {
                pos = start;
                throw Fail(text[start..(start + mantissa.Length)], "a scale factor must be a positive finite number");
            }

            return Unit.FromFactor(DecimalScale.Create(double.Parse(mantissa, CultureInfo.InvariantCulture), exponent));
        }

        if (IsSymbolChar(Current))
        {
            var start = pos;
            while (!AtEnd && IsSymbolChar(Current))
            {
                pos++;
            }

            var symbol = text[start..pos];
            if (symbol == "dimensionless")
            {
                return Unit.Dimensionless;
            }

            if (UnitRegistry.TryGet(symbol, out var named))
            {
                return Unit.FromNamed(named);
            }

            pos = start;
            throw Fail(symbol, $"unknown unit '{symbol}'{UnitSuggestions.DidYouMean(symbol)}");
        }

        throw Fail(Current.ToString(), $"expected a unit, a number or '(' but found '{Current}'");
    }
}
