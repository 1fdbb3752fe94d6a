package dev.emailsecurity.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;

import javax.imageio.ImageIO;

/**
 * Renders the run as a PNG (Java2D, headless): for each page size, each variant's time and bytes per page relative
 * to {@code rawBest}, on a log scale.
 */
final class Chart {

    private static final int W = 1000;
    private static final int PANEL_H = 300;
    /** One per {@link Results#VARIANTS}, in order. */
    private static final Color[] COLORS = {new Color(0x4C72B0), new Color(0x8172B2), new Color(0x937860),
                                           new Color(0xDD8452), new Color(0x55A868), new Color(0xC44E52)};

    private Chart() {
    }

    static void render(Results results, String title, Path png) throws IOException {
        BufferedImage image = new BufferedImage(W, 2 * PANEL_H + 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, 20, 26);
        panel(g, 50, "client CPU time per page / rawBest (log scale)", results,
                (v, size) -> results.cpuRatio(v, "rawBest", size));
        panel(g, 50 + PANEL_H, "bytes allocated per page / rawBest (log scale)", results,
                (v, size) -> results.bytesRatio(v, "rawBest", size));
        legend(g, 2 * PANEL_H + 60);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void panel(Graphics2D g, int top, String label, Results results,
                              ToDoubleBiFunction<String, Integer> ratio) {
        int left = 70;
        int bottom = top + PANEL_H - 40;
        int height = PANEL_H - 70;
        double max = 1;
        for (int size : PageCapture.SIZES) {
            for (String v : Results.VARIANTS) {
                if (results.has(v, size)) {
                    max = Math.max(max, ratio.applyAsDouble(v, size));
                }
            }
        }
        double decades = Math.max(1, Math.ceil(Math.log10(max)));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(Color.BLACK);
        g.drawString(label, left, top + 14);
        g.setStroke(new BasicStroke(1));
        for (int d = 0; d <= decades; d++) {
            int y = (int) (bottom - height * d / decades);
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(left, y, W - 20, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.0fx", Math.pow(10, d)), 20, y + 4);
        }
        int groupWidth = (W - left - 40) / PageCapture.SIZES.length;
        int bar = groupWidth / (Results.VARIANTS.length + 2);
        for (int s = 0; s < PageCapture.SIZES.length; s++) {
            int size = PageCapture.SIZES[s];
            int x0 = left + 20 + s * groupWidth;
            g.setColor(Color.BLACK);
            g.drawString(size + " items / page", x0 + bar, bottom + 18);
            for (int i = 0; i < Results.VARIANTS.length; i++) {
                String v = Results.VARIANTS[i];
                if (!results.has(v, size)) {
                    continue;
                }
                double r = ratio.applyAsDouble(v, size);
                int h = (int) (height * Math.max(0, Math.log10(Math.max(r, 1e-9))) / decades);
                int x = x0 + i * bar;
                g.setColor(COLORS[i]);
                g.fillRect(x, bottom - Math.max(h, 2), bar - 6, Math.max(h, 2));
                g.setColor(Color.BLACK);
                g.drawString(String.format(Locale.ROOT, "%.2f", r), x, bottom - Math.max(h, 2) - 4);
            }
        }
    }

    private static void legend(Graphics2D g, int y) {
        int x = 70;
        for (int i = 0; i < Results.VARIANTS.length; i++) {
            g.setColor(COLORS[i]);
            g.fillRect(x, y - 10, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(Results.VARIANTS[i], x + 16, y);
            x += 140;
        }
    }
}
