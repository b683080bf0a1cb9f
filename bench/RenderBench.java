import com.newsdesk.media.image.Ratio;
import com.newsdesk.media.image.Rendered;
import com.newsdesk.media.image.Renderer;
import com.newsdesk.media.image.RenditionPlan;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times Newsdesk's renditions of one image, the way the service makes them (one at a time):
 *   java -Xmx512m -cp "target/quarkus-app/lib/main/*:target/classes" bench/RenderBench.java photo.jpg [runs]
 * Prints the median and best wall time of the whole set (ladder in JPEG and WebP, three crops in
 * both, placeholder), the files and bytes made, and the peak heap of a measured run.
 */
public class RenderBench {
    public static void main(String[] args) throws Exception {
        Path photo = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        RenditionPlan plan = new RenditionPlan(
                List.of(320, 640, 960, 1280, 1920, 2560), Ratio.STANDARD, 1200, 0.5, 0.5, 1, "(c) Newsdesk bench");
        for (int i = 0; i < 2; i++) { // warm-up: JIT and the native WebP library
            Renderer.render(photo, plan, encoded -> {});
        }
        List<Long> times = new ArrayList<>();
        long peak = 0;
        int files = 0;
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long[] made = new long[2];
            long start = System.nanoTime();
            Rendered rendered = Renderer.render(photo, plan, encoded -> {
                made[0]++;
                made[1] += encoded.bytes().length;
            });
            times.add((System.nanoTime() - start) / 1_000_000);
            peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
            files = (int) made[0];
            bytes = made[1];
            if (rendered.placeholder() == null) {
                throw new IllegalStateException("no placeholder");
            }
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "median_ms=%d best_ms=%d runs=%s files=%d bytes=%d peak_heap_mib=%d%n",
                sorted[sorted.length / 2], sorted[0], Arrays.toString(sorted), files, bytes, peak / (1024 * 1024));
    }
}
