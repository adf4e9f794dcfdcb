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
internal sealed class UnitParser
{
    private readonly string text;
    private int pos;

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

        var unit = parser.ParseQuotient();
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

            if ((Current == '*' && Peek(1) != '*') || Current == '.')
            {
                pos++;
            }
            else if (!(spaced || Current == '(' || text[start - 1] == ')') || !StartsOperand(Current))
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
        if (!isNumber && !AtEnd && (char.IsAsciiDigit(Current) || (Current is '+' or '-' && char.IsAsciiDigit(Peek(1)))))
        {
            return operand.Pow(ParseSignedDecimal(integerOnly: true));
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

    private Rational ParseParenthesisedPower()
    {
        var open = pos++;
        SkipWhitespace();
        var power = ParseSignedDecimal(integerOnly: false);
        SkipWhitespace();
        if (!AtEnd && Current == '/')
        {
            pos++;
            SkipWhitespace();
            var divisorStart = pos;
            var divisor = ParseSignedDecimal(integerOnly: false);
            if (divisor.IsZero)
            {
                pos = divisorStart;
                throw Fail("0", "a power cannot divide by zero");
            }

            power *= divisor.Reciprocal();
        }

        SkipWhitespace();
        if (AtEnd || Current != ')')
        {
            pos = open;
            throw Fail("(", "the power in parentheses is never closed; expected ')'");
        }

        pos++;
        return power;
    }

    private Rational ParseSignedDecimal(bool integerOnly)
    {
        var start = pos;
        if (!StartsSignedNumber(pos))
        {
            throw Fail(AtEnd ? string.Empty : Current.ToString(), "expected a number as the power");
        }

        var negative = Current == '-';
        if (Current is '+' or '-')
        {
            pos++;
        }

        var digitsStart = pos;
        double value;
        if (integerOnly)
        {
            while (!AtEnd && char.IsAsciiDigit(Current))
            {
                pos++;
            }

            value = double.Parse(text.AsSpan(digitsStart, pos - digitsStart), CultureInfo.InvariantCulture);
        }
        else
        {
            value = ReadNumber(out _, out _);
        }

        try
        {
            return Rational.FromDouble(negative ? -value : value);
        }
        catch (ArgumentOutOfRangeException)
        {
            var token = text[start..pos];
            pos = start;
            throw Fail(token, $"the power {token} is not a simple fraction (denominator at most 1000)");
        }
    }

    // digits [. digits] [e|E [+|-] digits]; the exponent is only taken when digits follow ("1eV" is 1 × eV).
    private double ReadNumber(out string mantissa, out int exponent)
    {
        var start = pos;
        while (!AtEnd && (char.IsAsciiDigit(Current) || Current == '.'))
        {
            pos++;
        }

        mantissa = text[start..pos];
        exponent = 0;
        if (!AtEnd && Current is 'e' or 'E')
        {
            var signed = Peek(1) is '+' or '-';
            var digitAt = pos + (signed ? 2 : 1);
            if (digitAt < text.Length && char.IsAsciiDigit(text[digitAt]))
            {
                var expStart = pos + 1;
                pos = digitAt;
                while (!AtEnd && char.IsAsciiDigit(Current))
                {
                    pos++;
                }

                exponent = int.Parse(text.AsSpan(expStart, pos - expStart), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            }
        }

        if (!double.TryParse(mantissa, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var m))
        {
            pos = start;
            throw Fail(mantissa, $"'{mantissa}' is not a number");
        }

        return m * Math.Pow(10, exponent);
    }

    private bool SkipWhitespace()
    {
        var start = pos;
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            pos++;
        }

        return pos > start;
    }

    private int SkipAhead(int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private char Peek(int offset) => pos + offset < text.Length ? text[pos + offset] : '\0';

    private bool StartsNumber() => char.IsAsciiDigit(Current) || (Current == '.' && char.IsAsciiDigit(Peek(1)));

    private bool StartsSignedNumber(int index)
    {
        if (index < text.Length && text[index] is '+' or '-')
        {
            index++;
        }

        return index < text.Length && (char.IsAsciiDigit(text[index]) || (text[index] == '.' && index + 1 < text.Length && char.IsAsciiDigit(text[index + 1])));
    }

    private bool StartsOperand(char c) => c == '(' || IsSymbolChar(c) || StartsNumber();

    private static bool IsSymbolChar(char c) => char.IsLetter(c) || c == '_' || c == 'µ' || c == 'Å';

    private UnitParseException Fail(string token, string problem) => new(text, token, pos, problem);
}
