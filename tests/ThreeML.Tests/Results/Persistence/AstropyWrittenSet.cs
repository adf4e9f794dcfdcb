namespace ThreeML.Tests.Results.Persistence;

/// <summary>A results set as 3ML writes it with astropy (SEQUENCE, then an MLE and a Bayesian ANALYSIS_RESULTS),
/// made by a script that follows threeML/io/fits_file.py and analysis_results.py line by line (astropy 5.2.1:
/// "D" scalar columns, MODEL continued over CONTINUE cards with the comment on a last '' card), with the model of
/// <see cref="ThreeMLModelYaml"/> and the values of <see cref="ThreeMLStyleFile"/>; stored gzip-compressed, base64 (regenerate with astropy_written_set.py).</summary>
internal static class AstropyWrittenSet
{
    public static byte[] Bytes => Convert.FromBase64String(Base64);

    private const string Base64 =
        "H4sIAAAAAAACA+1bT4zcVh2erUSQAhwQAQmEyruQ2W06ju2Z2WQXBa9317sdMv8y493uVkiDd+bNrBuPPfGf7W4qoQqpu0lEBFI5EMQBqVApEqqQ" +
        "eiAtpTXl0AtwKEIcoblwqJACUnNAPeBnzx+Px/Z4Ms7SlPcpyWjj52++9/v9/Pzz87fVXKGc5wC4AHzAg7OgrshNRW1rQFfAWo6vAk0X5IagNoAv" +
        "lnN8ObcVwHfe4hNUVTgADUEXgH7QgWAMiuxWrgoC+EiLTzbaO1AFSrPHLLahrImKrPnycVs8V1wNnO/EWGV5Dtj6kjRJZ1PkfIqkeIpeJEnrD0Ha" +
        "SEbnK1Vy67mizZcu5O3/cp99FhQMSRdTBVFDcwQFYZ8AefEylMRdRWmAPQJkCOtrB/NFk8XAwMDAwMDAwIgNqJ2s5kpFq19bzhV5djnPDfdrO6Is" +
        "qAdAF3YkCOC+7jSngXzH2j/Tk/fPNh8Vok+CckvfRXx9JkCN0UeH6PPjo4P5yiuljSIf6XmhpSpGB3QEVWhDHar+810P46NG+bQx+eDXclx+tRqF" +
        "zymZpgilRjCr9TxTZAscel6ocpc2uOKKp/64fsnJ1jyP/fnDElXjt8ucxWfIWgfWRWtCjeSAbxVqdVXs6IjNmrQGrxhQrsOg4uYRmV1/yU02v8F5" +
        "9E0Mfq1UKTh8vQelqfhWKhzLlyq9+O0Rdjhc851dJzZFQYaSpDwJWqJQV9rK3pImCXUCPVlbz9oNAjaMOfz8hoGBgYHxCQZzL2FjKYGBgYGBgYGB" +
        "gYGBMQ54/3mwe0pReP95qv3nhan2n9kim9+u5qq1ClfdyPPV5IPsPxdKq1zerpdkS90Bsx1FlHWgKYZah3OLtSL3dD5X5GoAdBRNRJvG7v8DQBWG" +
        "fj6dXCkV+VwR7RMjOXuCZMBFQNFZYn7oPAAaUKsvgorY2tUBq9UdzZ4xp5PAxdcW5VqXkCRIz9C2sN87mJ4fPWzIor7o4WvAlmeUqNVkRW0LknhV" +
        "sOcKmoKkwRHlki7YZGj/ecBH0UTWO8umCqEfSwPWF0cnO8zXnU7qXJZI+wZvFdYla7XRfQPX2x/3jV9qITSCC8EBfIjxO0dk0xHDB68YoqzsL4Jv" +
        "0STpkjpcf+j1h64a7eFItwVR9sa+rDwHVUl4bjQnQ/V80XscDGrcChlF+xx2UtVPiIuv6A4VmG2IzSZUoayLggSakrEPBB3ouxB0xD1Fd75mLlyf" +
        "NblBjimChKk06SPJlenT3pcv7nomydE6GNTCZbiZooBm/a23U34zt7ldfKPVYSUH+obMLhCSoLwHvfN16iOApqOKiuqXsYDrI6+0atbUkPuyFnIu" +
        "ABKqltqOYsgNz5CRfAzXiJ0Smgyg7dVKHtH3JLr47C8Eljy7KhqipqvijuFz9bsyPSiHUb7gAhkpE0KUm37jRucbsTa8afCrv2iryUjZDJO6+Hzq" +
        "qY+ghWZEq4vP6HQCysAn8/6Xkl+9OEWwgcjBpCn38kVaDkIXBRdfUBFMkHe/+U6X5oeY34vjs0qQ42p76H6JEju06k9w4Y7mQzYkKUo6Q8Z58jHR" +
        "xTuaN6TUxRcpjWFJ8/KF5NC6R4bcm10hHF7/Au/X5cE9N+jOFtZfBYR8bFKG89FPhw9VtKtm5HoLjXpYgHtTdq/PcgPuh0Q9Rft+y3BD5OIr7yq6" +
        "1QjZtH7Bc7WvlH9j4nleGESbCmtkapc2SjxH1fqfg4G+9/PoC5bPHWlovbKa1wU3zgcmJaDFGdIX0rNsRGlrvP1acJszuhKmsgEJGYmfu8eZuKPx" +
        "8I2/4sZcd0H9WqTiGLfef5L6F//0+sRvmu7Fyzd1esPy+2DpfZTy64Rkyh5mpH/ZRKdZi7Sd0x1lf8IW5hj6l8g59etg/if9S0eRBLUvolZmK6Ua" +
        "+ndloN2n/pLgLGBBR4NGQ0kdCG0JaFAVBzsKaEvRylFbsaQem/8U7UV2/aeFPOfDx8qCdKCJmvV4rjSMuii3gAo160s0MIvOsFaLZeEAaqIgzw37" +
        "T+19zxj9p2mand5/auujY/bH0vH5Y219aSd+3DrL5za5GleplCrJKfSlY9aXsfnKpWouHn2ZmPVlbT5bViz5zcasb97m2yjm+HiuD4ePysZ1fZyz" +
        "+VZKm2wlx3oc8w+iz+GjV+OK33mbL19ar5UrpeXp43c+5vwu2HxVFv3qeDWG/C58fP33VZ7lSb/3lxSdJjIWX1UXdMJpXuzWsiMZLasbIYPeDxad" +
        "I5a+fVX3uR8V0Vsy61Y5hqf/voxjq46+JJtb8btfQkEz1O7vU5Bj41fY7OnzvgvNotvqgM+Z8VhCpI9y9C2P10dF0EcF6aN89I0l5Lb4Ta4S+H51" +
        "YuDf18CYBC11h+i9FyTQq0Ci9+6PuIj8Hcy1l/Q3n/3uf95e2im896/bHzErt58gN2iBWf7UmzMvy2eRBWC23qbRthzQ5pjF+bsffHUlxXzF+fTa" +
        "RUK+zt7nMhN/QPjj27dvIfyE8Xx66HpfwzSuvr/+6qnnsR8HAwMDAwMDAwMD+5+Pyf+cIc9h/zP2P2P/M/Y/Y/8z9j9j/zP2P2P/M/Y/Y/8z9j9j" +
        "/zP2P2P/M/Y/Y/8z9j9j/zP2P2P/8/+h/7lnY8b+Z+x/xv5n7H+O2/8cX/wejv+ZJlc/1v7nWPQdm/85tZAlstj//Kj7n5E+2tG3Ol4fHUEfHaSP" +
        "9tFHR9GXdvSVuwJD9KUj6EsH6Uv76EtH0Zdx9ElKa/aZuVB9mQj6MkH6Mj76xhKG+tvpydeXuP3tMfufe7YQc3up+7nWRDC387av2dzuHd+2/czm" +
        "9ne6Pze746TuOC2NYG4fdMe90B132B33/e64l7rjbnXH/aw77pXuuF92x73WHfe646c+PDrz2GdzbzCHv/nxu3e/t8Qc3jtx884b7/amyxxt3f0y" +
        "PPNn5uhm6W/faDzDHP3ut7/4/E//zhzdP/PsP/7SZK49cYt863P/ZK7VTtz/0ZrWP+8aYvv1C8y1j8pPfeneCeY6GjV7k7lukf1e+AJz3dZ5i7n+" +
        "p0/XlPcAc+Mx4+trJ19hbthG7ieZG5fLv/r386/F7BN/VGDOdNM48+Ljdy59cGjOdF7+68kLV3rTNWfWXz119f2nzBk7mxlzBg178WvmzMkL1sjP" +
        "mIkP3/nBt2fvmwlkh796t39eAg17/HUzgeg6PzcT1qgP3/mhmXB882bCrpaWmUDD7lTMBKI7+U0zMYsI58zEKTTwi9jvhYGBgYGBgZFI/BffP1+x" +
        "wHsAAA==";
}
