package io.consentgateway.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts needed to compare two runs: JVM, CPU model, and whether AES (and SHA) run on hardware instructions,
 * both as the CPU advertises them ({@code /proc/cpuinfo} flags) and as the JVM uses them (intrinsic flags).
 */
record MachineFacts(
        String javaVersion,
        String javaVm,
        String os,
        String osArch,
        int processors,
        String cpuModel,
        String loadAverage,
        Optional<String> cpuFlagsLine,
        List<String> cryptoCpuFlags,
        Map<String, String> jvmCryptoFlags) {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");
    private static final Path LOADAVG = Path.of("/proc/loadavg");
    private static final Set<String> CRYPTO_CPU_FLAGS = Set.of(
            "aes",
            "pclmulqdq",
            "vaes",
            "vpclmulqdq",
            "avx",
            "avx2",
            "avx512f",
            "sha_ni",
            "pmull",
            "sha2",
            "sm3",
            "sm4");
    private static final List<String> JVM_FLAGS =
            List.of("UseAES", "UseAESIntrinsics", "UseAESCTRIntrinsics", "UseGHASHIntrinsics", "UseSHA256Intrinsics");

    static MachineFacts probe() {
        List<String> cpuinfo = readCpuinfo();
        String model = field(cpuinfo, "model name").orElse("unknown (no model name in /proc/cpuinfo)");
        // x86 lists "flags", ARM "Features"; either line names aes when the CPU has AES instructions.
        Optional<String> flags = field(cpuinfo, "flags")
                .or(() -> field(cpuinfo, "Features"))
                .filter(line -> Arrays.asList(line.split("\\s+")).contains("aes"));
        List<String> cryptoFlags = flags.stream()
                .flatMap(line -> Arrays.stream(line.split("\\s+")))
                .filter(CRYPTO_CPU_FLAGS::contains)
                .toList();
        return new MachineFacts(
                System.getProperty("java.vm.vendor") + " " + Runtime.version(),
                System.getProperty("java.vm.name"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                model,
                readLoadAverage(),
                flags,
                cryptoFlags,
                readJvmCryptoFlags());
    }

    private static List<String> readCpuinfo() {
        try {
            return Files.exists(CPUINFO) ? Files.readAllLines(CPUINFO) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The 1, 5 and 15 minute load averages: above the processor count, other work is competing. */
    private static String readLoadAverage() {
        try {
            String[] fields = Files.readString(LOADAVG).trim().split("\\s+");
            return String.join(" ", Arrays.asList(fields).subList(0, Math.min(3, fields.length)));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Optional<String> field(List<String> cpuinfo, String name) {
        return cpuinfo.stream()
                .filter(line -> line.startsWith(name) && line.contains(":"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst();
    }

    private static Map<String, String> readJvmCryptoFlags() {
        Map<String, String> flags = new LinkedHashMap<>();
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        for (String flag : JVM_FLAGS) {
            try {
                flags.put(
                        flag,
                        hotSpot == null ? "n/a" : hotSpot.getVMOption(flag).getValue());
            } catch (IllegalArgumentException notOnThisJvm) {
                flags.put(flag, "n/a (diagnostic flags need -XX:+UnlockDiagnosticVMOptions)");
            }
        }
        return flags;
    }
}
