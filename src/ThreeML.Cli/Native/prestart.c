/* The natively compiled threeml's pre-start: runs from the ELF constructor list, before main and so before the .NET
 * runtime starts (design record 0028; the instruction-set levels are design record 0022).
 *
 * In the baseline binary, it replaces the process with the widest sibling (ThreeML.Cli.x86-64-v4, ...-v3) whose
 * instruction sets this CPU and kernel support. Doing this here rather than in Main spares every command one .NET runtime
 * start-up (about 3.5 ms on the development machine). The test is the one the runtime itself makes before it runs a
 * binary compiled for a level: the CPUID feature bits, and XCR0 (through XGETBV) for the register state the kernel
 * saves, so a sibling chosen here never refuses to start.
 *
 * Compiled by the same C compiler that links the native binary (ThreeML.Cli.csproj, target CompileThreeMLPrestart) and
 * linked into the baseline binary only: the v3 and v4 ones never hand over. With THREEML_PRESTART_SELFTEST it becomes a small program that
 * prints the hand-over it would make for given feature words, for tests/ThreeML.Cli.Tests (no constructor then). */
#define _GNU_SOURCE
#include <cpuid.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* CPUID feature bits: Intel SDM vol. 2A (CPUID), AMD APM vol. 3 (appendix E). */
#define ECX1_FMA (1u << 12)
#define ECX1_MOVBE (1u << 22)
#define ECX1_OSXSAVE (1u << 27)
#define ECX1_AVX (1u << 28)
#define ECX1_F16C (1u << 29)
#define EBX7_BMI1 (1u << 3)
#define EBX7_AVX2 (1u << 5)
#define EBX7_BMI2 (1u << 8)
#define EBX7_AVX512F (1u << 16)
#define EBX7_AVX512DQ (1u << 17)
#define EBX7_AVX512CD (1u << 28)
#define EBX7_AVX512BW (1u << 30)
#define EBX7_AVX512VL (1u << 31)
#define ECX81_LZCNT (1u << 5)
/* XCR0 state components: SSE and AVX (bits 1, 2); the opmask and the upper ZMM registers (bits 5, 6, 7). */
#define XCR0_AVX 0x06u
#define XCR0_AVX512 0xE6u

#define CAP_VARIABLE "THREEML_INSTRUCTION_SET"

/* The x86-64 psABI level the features allow: 4 (x86-64-v4: AVX-512 F, BW, CD, DQ, VL and everything of v3),
 * 3 (x86-64-v3: AVX, AVX2, BMI1, BMI2, FMA, LZCNT, MOVBE, F16C) or 1 (the baseline). */
static int level_of(uint32_t ecx1, uint32_t ebx7, uint32_t ecx81, uint64_t xcr0)
{
    const uint32_t v3_ecx1 = ECX1_FMA | ECX1_MOVBE | ECX1_OSXSAVE | ECX1_AVX | ECX1_F16C;
    const uint32_t v3_ebx7 = EBX7_BMI1 | EBX7_AVX2 | EBX7_BMI2;
    const uint32_t v4_ebx7 = EBX7_AVX512F | EBX7_AVX512DQ | EBX7_AVX512CD | EBX7_AVX512BW | EBX7_AVX512VL;
    if ((ecx1 & v3_ecx1) != v3_ecx1 || (ebx7 & v3_ebx7) != v3_ebx7 || (ecx81 & ECX81_LZCNT) == 0 ||
        (xcr0 & XCR0_AVX) != XCR0_AVX)
    {
        return 1;
    }

    return (ebx7 & v4_ebx7) == v4_ebx7 && (xcr0 & XCR0_AVX512) == XCR0_AVX512 ? 4 : 3;
}

/* The highest level THREEML_INSTRUCTION_SET allows: 4 when unset, 0 when it names no level (no hand-over then; the
 * managed Main reports the value as a usage error). */
static int cap_of(const char *cap)
{
    if (cap == NULL || cap[0] == '\0' || strcmp(cap, "x86-64-v4") == 0)
    {
        return 4;
    }

    if (strcmp(cap, "x86-64-v3") == 0)
    {
        return 3;
    }

    return strcmp(cap, "x86-64") == 0 || strcmp(cap, "x86-64-v2") == 0 || strcmp(cap, "x86-64-v1") == 0 ? 1 : 0;
}

/* Tries the siblings of self, widest first, that both the CPU level and the cap allow; exec_fn returns only when it
 * could not replace the process (a sibling missing or not executable), and the next one is tried. */
static void hand_over(const char *self, int cpu, int cap, char **argv, int (*exec_fn)(const char *, char **))
{
    static const struct
    {
        int level;
        const char *suffix;
    } siblings[] = {{4, ".x86-64-v4"}, {3, ".x86-64-v3"}};
    char path[PATH_MAX];
    char *own = argv[0];
    for (size_t i = 0; i < sizeof siblings / sizeof siblings[0]; i++)
    {
        if (siblings[i].level <= cpu && siblings[i].level <= cap &&
            snprintf(path, sizeof path, "%s%s", self, siblings[i].suffix) < (int)sizeof path && access(path, X_OK) == 0)
        {
            argv[0] = path;
            exec_fn(path, argv);
            // The exec failed: argv[0] must not keep pointing into this frame once the baseline binary runs on.
            argv[0] = own;
        }
    }
}

static int cpu_level(void)
{
    unsigned a, b, c, d, ecx1, ebx7 = 0, ecx81 = 0;
    if (!__get_cpuid(1, &a, &b, &ecx1, &d))
    {
        return 1;
    }

    if (__get_cpuid_max(0, NULL) >= 7)
    {
        __cpuid_count(7, 0, a, ebx7, c, d);
    }

    if (__get_cpuid(0x80000001u, &a, &b, &c, &d))
    {
        ecx81 = c;
    }

    uint64_t xcr0 = 0;
    if (ecx1 & ECX1_OSXSAVE)
    {
        /* XGETBV is an illegal instruction unless the OS enabled XSAVE (OSXSAVE). */
        uint32_t lo, hi;
        __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
        xcr0 = ((uint64_t)hi << 32) | lo;
    }

    return level_of(ecx1, ebx7, ecx81, xcr0);
}

#ifndef THREEML_PRESTART_SELFTEST

static int exec_sibling(const char *path, char **argv)
{
    return execv(path, argv);
}

/* glibc passes argc, argv and envp to the functions of the constructor list. */
__attribute__((constructor)) static void threeml_prestart(int argc, char **argv, char **envp)
{
    (void)envp;
    char self[PATH_MAX];
    ssize_t n = argc >= 1 && argv != NULL ? readlink("/proc/self/exe", self, sizeof self - 1) : -1;
    int cap = cap_of(getenv(CAP_VARIABLE));
    if (n > 0 && cap > 1)
    {
        self[n] = '\0';
        hand_over(self, cpu_level(), cap, argv, exec_sibling);
    }
}

#else

/* The test program: prestart-selftest (host | ECX1 EBX7 ECX81 XCR0) SELF [ARGS...], the feature words in hexadecimal
 * or this CPU's own, the cap from the environment as in the tool. Prints "level N", "cap N", each sibling it would try
 * with the argv[0] it would pass ("try PATH as ARGV0"), and the argv[0] left when none could be run ("argv0 ARGV0"). */
static int print_try(const char *path, char **argv)
{
    printf("try %s as %s\n", path, argv[0]);
    return -1;
}

int main(int argc, char **argv)
{
    int host = argc >= 3 && strcmp(argv[1], "host") == 0;
    int first = host ? 2 : 5;
    if (argc <= first)
    {
        fprintf(stderr, "usage: %s (host | ECX1 EBX7 ECX81 XCR0) SELF [ARGS...]\n", argv[0]);
        return 2;
    }

    int level = host ? cpu_level()
                     : level_of((uint32_t)strtoul(argv[1], NULL, 16), (uint32_t)strtoul(argv[2], NULL, 16),
                                (uint32_t)strtoul(argv[3], NULL, 16), (uint64_t)strtoull(argv[4], NULL, 16));
    int cap = cap_of(getenv(CAP_VARIABLE));
    printf("level %d\ncap %d\n", level, cap);
    /* The tool's own argv: the SELF path, then its arguments. */
    char **tool_argv = argv + first;

    if (cap > 1)
    {
        hand_over(tool_argv[0], level, cap, tool_argv, print_try);
    }

    /* What the baseline binary's main sees when no sibling could be run. */
    printf("argv0 %s\n", tool_argv[0]);
    return 0;
}

#endif
