package dev.annals.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Annals icon — a year axis with three events on a rounded blue square, the middle one
 * selected in the accent colour — and writes every file the app and the packagers need.
 *
 * <p>Run it after changing the design, from the project folder:
 * {@code mvn -q test-compile && java -Djava.awt.headless=true -cp target/test-classes dev.annals.tools.IconMaker}
 * <ul>
 *   <li>{@code src/main/resources/icons/annals-N.png} for N = 16 … 512 (window icon, Linux package);</li>
 *   <li>{@code src/packaging/windows/annals.ico} (PNG entries 16 … 256, read by Windows Vista and later);</li>
 *   <li>{@code src/packaging/macos/annals.icns} (PNG entries 16 … 1024, read by macOS 10.7 and later).</li>
 * </ul>
 * Each size is drawn on its own pixel grid, with strokes rounded to whole pixels, rather than scaled down
 * from the largest one, so 16 and 32 stay sharp.
 */
public final class IconMaker {
    private static final Color BLUE = new Color(0x2f6db5);
    private static final Color BLUE_LIGHT = new Color(0x3f80c9);
    private static final Color BLUE_DARK = new Color(0x255a98);
    private static final Color ACCENT = new Color(0xd9480f);
    private static final Color WHITE = Color.WHITE;
    private static final Color AXIS_TICKS = new Color(255, 255, 255, 150);

    private static final List<Integer> PNG_SIZES = List.of(16, 32, 48, 64, 128, 256, 512);

    private IconMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path icons = Files.createDirectories(root.resolve("src/main/resources/icons"));
        for (int size : PNG_SIZES) {
            ImageIO.write(draw(size), "png", icons.resolve("annals-" + size + ".png").toFile());
        }

        Map<Integer, byte[]> ico = new LinkedHashMap<>();
        for (int size : List.of(16, 24, 32, 48, 64, 128, 256)) {
            ico.put(size, png(draw(size)));
        }
        Path windows = Files.createDirectories(root.resolve("src/packaging/windows"));
        try (OutputStream out = Files.newOutputStream(windows.resolve("annals.ico"))) {
            writeIco(ico, out);
        }

        // icns types holding PNG data: icp4 16, icp5 32, ic07 128, ic08 256, ic09 512, and the @2x ones.
        Map<String, byte[]> icns = new LinkedHashMap<>();
        icns.put("icp4", png(draw(16)));
        icns.put("icp5", png(draw(32)));
        icns.put("ic11", png(draw(32)));
        icns.put("ic12", png(draw(64)));
        icns.put("ic07", png(draw(128)));
        icns.put("ic13", png(draw(256)));
        icns.put("ic08", png(draw(256)));
        icns.put("ic14", png(draw(512)));
        icns.put("ic09", png(draw(512)));
        icns.put("ic10", png(draw(1024)));
        Path mac = Files.createDirectories(root.resolve("src/packaging/macos"));
        try (OutputStream out = Files.newOutputStream(mac.resolve("annals.icns"))) {
            writeIcns(icns, out);
        }
        System.out.println("icons written under " + root.toAbsolutePath().normalize());
    }

    /** The icon at {@code size} × {@code size} pixels. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            double s = size;
            boolean small = size <= 24;

            // The tile: a rounded square with a little margin at large sizes, as desktop icon sets have.
            double margin = small ? 0 : Math.round(s * 0.06);
            double side = s - 2 * margin;
            RoundRectangle2D tile = new RoundRectangle2D.Double(margin, margin, side, side, side * 0.42, side * 0.42);
            g.setPaint(new GradientPaint(0, (float) margin, BLUE_LIGHT, 0, (float) (margin + side), BLUE_DARK));
            g.fill(tile);
            if (!small) {
                g.setColor(new Color(0, 0, 0, 40));
                g.setStroke(new BasicStroke((float) Math.max(1, s / 256)));
                g.draw(tile);
            }

            // The axis: a white line across the lower middle, with year ticks below it.
            double axisY = snap(margin + side * (small ? 0.72 : 0.66), s);
            double left = margin + side * (small ? 0.12 : 0.16);
            double right = margin + side * (small ? 0.88 : 0.84);
            double axisWidth = small ? 2 : Math.max(2, Math.round(side * 0.045 * (size >= 128 ? 1 : 1.3)));
            g.setColor(WHITE);
            g.setStroke(new BasicStroke((float) axisWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(left, axisY, right, axisY));
            if (size >= 48) {
                g.setColor(AXIS_TICKS);
                g.setStroke(new BasicStroke((float) Math.max(1, Math.round(side * 0.022)), BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                for (int i = 0; i <= 4; i++) {
                    double x = snap(left + (right - left) * i / 4, s);
                    g.draw(new Line2D.Double(x, axisY + axisWidth, x, axisY + axisWidth + side * 0.07));
                }
            }

            // Three events standing on the axis; the middle, tallest one is selected. Small sizes draw them
            // bolder, and the smallest as plain dots, so they still read as markers.
            double weight = size >= 128 ? 1.0 : size >= 48 ? 1.2 : size >= 32 ? 1.45 : 1.0;
            double[] xs = {0.28, 0.50, 0.72};
            double[] heights = small ? new double[] {0.34, 0.52, 0.34} : new double[] {0.22, 0.40, 0.29};
            double stem = Math.max(1, Math.round(side * 0.03 * weight));
            for (int i = 0; i < 3; i++) {
                boolean selected = i == 1;
                double x = snap(margin + side * xs[i], s);
                double r = small ? side * (selected ? 0.14 : 0.095) : side * (selected ? 0.085 : 0.065) * weight;
                double top = axisY - side * heights[i];
                g.setColor(selected ? ACCENT : WHITE);
                g.setStroke(new BasicStroke((float) stem, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(x, top + r / 2, x, axisY));
                Ellipse2D head = new Ellipse2D.Double(x - r, top - r, 2 * r, 2 * r);
                if (small) {
                    g.fill(head);
                } else if (selected) {
                    g.fill(head);
                    if (size < 48) {
                        continue;
                    }
                    double ring = Math.max(1, Math.round(side * 0.022 * weight));
                    g.setColor(WHITE);
                    g.setStroke(new BasicStroke((float) ring));
                    g.draw(new Ellipse2D.Double(x - r * 0.45, top - r * 0.45, r * 0.9, r * 0.9));
                } else {
                    // A ring, like the event markers on the timeline.
                    double ring = Math.max(1.5, side * 0.03 * weight);
                    g.setStroke(new BasicStroke((float) ring));
                    g.draw(new Ellipse2D.Double(x - r + ring / 2, top - r + ring / 2, 2 * r - ring, 2 * r - ring));
                }
            }
            if (!small) {
                // The selected event's date on the axis, as the timeline marks it.
                double x = snap(margin + side * 0.50, s);
                double d = side * 0.09 * weight;
                g.setColor(ACCENT);
                g.fill(new Ellipse2D.Double(x - d / 2, axisY - d / 2, d, d));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Puts a coordinate on a pixel centre so thin strokes stay crisp at small sizes. */
    private static double snap(double v, double size) {
        return size <= 64 ? Math.floor(v) + 0.5 : v;
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An ICO file whose entries are PNG images (ICONDIR, then one ICONDIRENTRY per size, then the data). */
    static void writeIco(Map<Integer, byte[]> pngs, OutputStream out) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        LittleEndian h = new LittleEndian(header);
        h.short16(0);
        h.short16(1);
        h.short16(pngs.size());
        int offset = 6 + 16 * pngs.size();
        for (Map.Entry<Integer, byte[]> e : pngs.entrySet()) {
            int size = e.getKey();
            h.byte8(size >= 256 ? 0 : size);
            h.byte8(size >= 256 ? 0 : size);
            h.byte8(0);
            h.byte8(0);
            h.short16(1);
            h.short16(32);
            h.int32(e.getValue().length);
            h.int32(offset);
            offset += e.getValue().length;
        }
        out.write(header.toByteArray());
        for (byte[] data : pngs.values()) {
            out.write(data);
        }
    }

    /** An ICNS file: the magic and total length, then each entry as type, length (with its header) and data. */
    static void writeIcns(Map<String, byte[]> entries, OutputStream out) throws IOException {
        int total = 8;
        for (byte[] data : entries.values()) {
            total += 8 + data.length;
        }
        DataOutputStream d = new DataOutputStream(out);
        d.writeBytes("icns");
        d.writeInt(total);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            d.writeBytes(e.getKey());
            d.writeInt(8 + e.getValue().length);
            d.write(e.getValue());
        }
        d.flush();
    }

    /** Little-endian integers for the ICO header. */
    private record LittleEndian(OutputStream out) {
        void byte8(int v) throws IOException {
            out.write(v & 0xff);
        }

        void short16(int v) throws IOException {
            byte8(v);
            byte8(v >> 8);
        }

        void int32(int v) throws IOException {
            short16(v);
            short16(v >> 16);
        }
    }
}
