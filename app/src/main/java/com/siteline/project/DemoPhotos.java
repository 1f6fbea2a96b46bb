package com.siteline.project;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Site photos for the demo, drawn with the JDK (no text, so no font is needed): a wall with tiles, pipes or
 * scaffolding in a stage's colours, at a phone camera's 1280 × 960, so the portal's previews have something real to
 * shrink.
 */
public final class DemoPhotos {

    private DemoPhotos() {}

    public static byte[] jpeg(int seed) {
        Random random = new Random(seed);
        int width = 1280;
        int height = 960;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float hue = (seed * 0.137f) % 1f;
        Color wall = Color.getHSBColor(hue, 0.18f, 0.92f);
        g.setPaint(new GradientPaint(0, 0, wall, width, height, wall.darker()));
        g.fillRect(0, 0, width, height);
        // a floor of tiles
        g.setColor(Color.getHSBColor((hue + 0.5f) % 1f, 0.12f, 0.78f));
        g.fillRect(0, height * 2 / 3, width, height / 3);
        g.setColor(new Color(255, 255, 255, 140));
        g.setStroke(new BasicStroke(3));
        for (int x = 0; x < width; x += 160) {
            g.drawLine(x, height * 2 / 3, x - 120, height);
        }
        for (int y = height * 2 / 3; y < height; y += 70) {
            g.drawLine(0, y, width, y);
        }
        // pipes, a window, scaffolding: a few shapes in other colours
        for (int i = 0; i < 6; i++) {
            g.setColor(Color.getHSBColor(random.nextFloat(), 0.5f, 0.6f + random.nextFloat() * 0.3f));
            int x = random.nextInt(width - 200);
            int y = random.nextInt(height * 2 / 3 - 150);
            switch (i % 3) {
                case 0 -> g.fillRoundRect(x, y, 180 + random.nextInt(200), 24, 12, 12);
                case 1 -> g.fillRect(x, y, 220, 160);
                default -> {
                    g.setStroke(new BasicStroke(10));
                    g.drawLine(x, 0, x, height * 2 / 3);
                    g.drawLine(x, y, x + 200, y);
                }
            }
        }
        // the grain of a real photo
        for (int i = 0; i < 40_000; i++) {
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            int rgb = image.getRGB(x, y);
            int d = random.nextInt(31) - 15;
            int r = Math.clamp(((rgb >> 16) & 0xff) + d, 0, 255);
            int gr = Math.clamp(((rgb >> 8) & 0xff) + d, 0, 255);
            int b = Math.clamp((rgb & 0xff) + d, 0, 255);
            image.setRGB(x, y, (r << 16) | (gr << 8) | b);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
