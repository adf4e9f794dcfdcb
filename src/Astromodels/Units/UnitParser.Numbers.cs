using System.Globalization;

namespace Astromodels;

/// <content>Numbers, powers and character classes.</content>
internal sealed partial class UnitParser
{
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
            throw Fail(token, $"the power {token} is not a simple fraction (denominator at most 1000, magnitude at most 2147483647)");
        }
    }

    // digits [. digits] [e|E [+|-] digits]; the exponent is only taken when digits follow, so "2eV" stops before "eV".
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
