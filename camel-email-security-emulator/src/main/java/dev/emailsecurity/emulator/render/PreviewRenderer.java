package dev.emailsecurity.emulator.render;

import dev.emailsecurity.emulator.store.StoredMessage;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

/** Renders a small PNG "screenshot" of a message (headless AWT), base64-encoded as the API sends it. */
public final class PreviewRenderer {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 200;

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** Base64 of a PNG showing the sender, recipients, subject and body start. */
    public String screenshot(StoredMessage m) {
        return cache.computeIfAbsent(m.id + "#" + m.subject, k -> Base64.getEncoder().encodeToString(png(m)));
    }

    static byte[] png(StoredMessage m) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0xF38020));
            g.fillRect(0, 0, WIDTH, 28);
            try {
                drawText(g, m);
            } catch (RuntimeException | Error noFonts) {
                // no usable fonts on this host: keep the plain layout
                g.setColor(Color.LIGHT_GRAY);
                g.fillRect(12, 40, WIDTH - 24, 12);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void drawText(Graphics2D g, StoredMessage m) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString("Email Security preview", 10, 19);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(m.subject, 12, 52);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("From: " + m.fromName + " <" + m.from + ">", 12, 74);
        g.drawString("To: " + String.join(", ", m.to), 12, 92);
        g.setColor(Color.DARK_GRAY);
        int y = 118;
        for (String line : m.body.split("\n")) {
            if (y > HEIGHT - 10) {
                break;
            }
            g.drawString(line.length() > 70 ? line.substring(0, 70) + "…" : line, 12, y);
            y += 16;
        }
    }
}
