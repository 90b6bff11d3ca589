package com.sitewright.assets;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * Draws flat illustrations offline: a subject that fits the item (from the bundled icons, see {@link Subjects})
 * on a backdrop of shapes in the site's colours. The seed varies the backdrop, the layout, the subject's size and
 * tilt and the small motifs around it, so two items never share a picture, and the same seed always draws the
 * same one. No text is drawn.
 */
@Component
public class IllustrationRenderer {

    private static final int BACKDROPS = 5;

    /** The subject's icon name (e.g. "phosphor/coffee") chosen for these words. */
    public String subject(List<String> words) {
        return Subjects.of(words).icon();
    }

    public BufferedImage render(Illustration illustration) {
        int width = illustration.shape().width();
        int height = illustration.shape().height();
        SplittableRandom random = new SplittableRandom(illustration.seed());
        Palette colours = Palette.of(illustration.palette(), random);
        Subjects.Subject subject = Subjects.of(illustration.words());

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

            double side = Math.min(width, height);
            // Where the subject stands: centred, or in the left or right third for a wider picture.
            int layout = width > height * 1.2 ? random.nextInt(3) : 0;
            double cx = switch (layout) {
                case 1 -> width * (0.30 + random.nextDouble() * 0.06);
                case 2 -> width * (0.64 + random.nextDouble() * 0.06);
                default -> width * (0.47 + random.nextDouble() * 0.06);
            };
            double cy = height * (0.48 + random.nextDouble() * 0.06);
            double size = side * (0.46 + random.nextDouble() * 0.16);

            backdrop(g, random.nextInt(BACKDROPS), width, height, cx, cy, size, colours, random);
            companions(g, subject.companions(), width, height, cx, cy, size, colours, random);
            subject(g, IconSet.get(subject.icon()), cx, cy, size, colours, random);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void backdrop(
            Graphics2D g,
            int style,
            int width,
            int height,
            double cx,
            double cy,
            double size,
            Palette c,
            SplittableRandom random) {
        g.setPaint(new GradientPaint(0, 0, c.base(), (float) (width * random.nextDouble()), height, c.baseDeep()));
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        switch (style) {
            case 0 -> { // large overlapping circles, some leaving the frame
                int count = 3 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    double r = size * (0.35 + random.nextDouble() * 0.7);
                    double x = random.nextDouble() * width;
                    double y = random.nextDouble() * height;
                    g.setColor(c.shape(random, 0.55 + random.nextDouble() * 0.35));
                    g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                }
            }
            case 1 -> { // a diagonal band and a grid of dots
                double tilt = Math.toRadians(-30 + random.nextDouble() * 60);
                AffineTransform saved = g.getTransform();
                g.rotate(tilt, width / 2.0, height / 2.0);
                g.setColor(c.shape(random, 0.7));
                double band = height * (0.25 + random.nextDouble() * 0.2);
                g.fill(new Rectangle2D.Double(-width, cy - band / 2, width * 3, band));
                g.setTransform(saved);
                dots(g, width, height, c, random);
            }
            case 2 -> { // an arch behind the subject standing on a ground strip
                double archW = size * (1.25 + random.nextDouble() * 0.3);
                double archH = Math.min(height * 0.9, size * (1.5 + random.nextDouble() * 0.3));
                g.setColor(c.shape(random, 0.75));
                g.fill(new RoundRectangle2D.Double(
                        cx - archW / 2, cy + size * 0.55 - archH, archW, archH + height, archW, archW));
                g.setColor(c.shape(random, 0.5));
                g.fill(new Rectangle2D.Double(0, cy + size * 0.55, width, height));
            }
            case 3 -> { // ripples around the subject
                int rings = 4 + random.nextInt(4);
                double step = size * (0.18 + random.nextDouble() * 0.1);
                for (int i = rings; i >= 1; i--) {
                    double r = size * 0.5 + i * step;
                    g.setColor(i % 2 == 0 ? c.shape(random, 0.8) : c.baseDeep());
                    g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
                }
            }
            default -> { // tiles of quarter circles
                double tile = side(width, height) / (3 + random.nextInt(3));
                for (double y = 0; y < height; y += tile) {
                    for (double x = 0; x < width; x += tile) {
                        if (random.nextDouble() < 0.45) {
                            continue;
                        }
                        g.setColor(c.shape(random, 0.55 + random.nextDouble() * 0.35));
                        int quarter = random.nextInt(4);
                        double ax = x + (quarter % 2 == 0 ? 0 : tile) - tile;
                        double ay = y + (quarter < 2 ? 0 : tile) - tile;
                        g.fill(new Arc2D.Double(ax, ay, tile * 2, tile * 2, 90.0 * quarter, 90, Arc2D.PIE));
                    }
                }
            }
        }
        // A soft disc under the subject keeps it readable on every backdrop.
        double r = size * (0.62 + random.nextDouble() * 0.1);
        g.setColor(c.platter());
        g.fill(blob(cx, cy, r, random));
    }

    private static double side(int width, int height) {
        return Math.min(width, height);
    }

    private static void dots(Graphics2D g, int width, int height, Palette c, SplittableRandom random) {
        double gap = side(width, height) / (9 + random.nextInt(6));
        double r = gap * (0.08 + random.nextDouble() * 0.08);
        double x0 = random.nextDouble() * width * 0.5;
        double y0 = random.nextDouble() * height * 0.5;
        int columns = 4 + random.nextInt(4);
        int rows = 3 + random.nextInt(3);
        g.setColor(c.shape(random, 0.35));
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                g.fill(new Ellipse2D.Double(x0 + column * gap - r, y0 + row * gap - r, 2 * r, 2 * r));
            }
        }
    }

    /** A rounded, slightly irregular disc: a smooth closed curve (Catmull-Rom) through eight points near a circle. */
    private static Shape blob(double cx, double cy, double r, SplittableRandom random) {
        int n = 8;
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            double radius = r * (0.9 + random.nextDouble() * 0.16);
            p[i] = new double[] {cx + Math.cos(angle) * radius, cy + Math.sin(angle) * radius};
        }
        Path2D path = new Path2D.Double();
        path.moveTo(p[0][0], p[0][1]);
        for (int i = 0; i < n; i++) {
            double[] p0 = p[(i + n - 1) % n];
            double[] p1 = p[i];
            double[] p2 = p[(i + 1) % n];
            double[] p3 = p[(i + 2) % n];
            path.curveTo(
                    p1[0] + (p2[0] - p0[0]) / 6,
                    p1[1] + (p2[1] - p0[1]) / 6,
                    p2[0] - (p3[0] - p1[0]) / 6,
                    p2[1] - (p3[1] - p1[1]) / 6,
                    p2[0],
                    p2[1]);
        }
        path.closePath();
        return path;
    }

    private static void companions(
            Graphics2D g,
            List<String> icons,
            int width,
            int height,
            double cx,
            double cy,
            double size,
            Palette c,
            SplittableRandom random) {
        int count = 3 + random.nextInt(5);
        for (int i = 0, tries = 0; i < count && tries < 40; tries++) {
            double small = size * (0.12 + random.nextDouble() * 0.1);
            double x = small / 2 + random.nextDouble() * (width - small);
            double y = small / 2 + random.nextDouble() * (height - small);
            if (Math.hypot(x - cx, y - cy) < size * 0.8 + small / 2) {
                continue; // keep the subject clear
            }
            IconSet.Icon icon = IconSet.get(icons.get(random.nextInt(icons.size())));
            AffineTransform at = placed(x, y, small, Math.toRadians(-30 + random.nextDouble() * 60));
            Graphics2D layer = (Graphics2D) g.create();
            layer.setComposite(
                    AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.45f + (float) random.nextDouble() * 0.3f));
            layer.setColor(c.motif(random));
            layer.fill(at.createTransformedShape(icon.line()));
            layer.dispose();
            i++;
        }
    }

    private static void subject(
            Graphics2D g, IconSet.Icon icon, double cx, double cy, double size, Palette c, SplittableRandom random) {
        double tilt = Math.toRadians(-12 + random.nextDouble() * 24);
        AffineTransform at = placed(cx, cy, size, tilt);
        AffineTransform shadow = placed(cx + size * 0.035, cy + size * 0.05, size, tilt);
        Graphics2D layer = (Graphics2D) g.create();
        layer.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.18f));
        layer.setColor(c.ink());
        layer.fill(shadow.createTransformedShape(icon.line()));
        layer.dispose();
        Shape tint = at.createTransformedShape(icon.tint());
        g.setColor(c.accent());
        g.fill(tint);
        if (icon.tint().getBounds2D().isEmpty()) {
            // A stroked icon has no pale layer: a stroke of the accent behind its outline gives it the same depth.
            g.setColor(c.accent());
            g.setStroke(new BasicStroke((float) (size * 0.035), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(at.createTransformedShape(icon.line()));
        }
        g.setColor(c.ink());
        g.fill(at.createTransformedShape(icon.line()));
    }

    /** Maps the icon's 256-unit box to {@code size} pixels centred on (x, y), turned by {@code angle}. */
    private static AffineTransform placed(double x, double y, double size, double angle) {
        AffineTransform at = new AffineTransform();
        at.translate(x, y);
        at.rotate(angle);
        at.scale(size / IconSet.BOX, size / IconSet.BOX);
        at.translate(-IconSet.BOX / 2, -IconSet.BOX / 2);
        return at;
    }

    /** The site's colours turned into the tints an illustration uses. */
    record Palette(
            Color primary,
            Color accent,
            Color background,
            Color text,
            Color base,
            Color baseDeep,
            Color platter,
            Color ink) {

        static Palette of(List<String> hex, SplittableRandom random) {
            Color primary = Color.decode(hex.get(0));
            Color accent = Color.decode(hex.get(1));
            Color background = Color.decode(hex.get(2));
            Color text = Color.decode(hex.get(3));
            Color light = luminance(background) > 0.5 ? background : Color.WHITE;
            // The backdrop leans to the primary or the accent, by seed.
            Color lean = random.nextBoolean() ? primary : accent;
            Color base = mix(light, lean, 0.14 + random.nextDouble() * 0.16);
            Color baseDeep = mix(light, lean, 0.3 + random.nextDouble() * 0.15);
            Color platter = mix(Color.WHITE, base, 0.35);
            Color ink = luminance(text) < 0.25 ? mix(text, primary, 0.25) : mix(Color.BLACK, primary, 0.35);
            return new Palette(primary, mix(accent, Color.WHITE, 0.15), background, text, base, baseDeep, platter, ink);
        }

        /** A tint of the primary or accent, {@code strength} 0 (pale) to 1 (full). */
        Color shape(SplittableRandom random, double strength) {
            Color of = random.nextInt(3) == 0 ? accent : primary;
            return mix(base, of, Math.clamp(strength, 0, 1) * 0.6);
        }

        Color motif(SplittableRandom random) {
            return random.nextBoolean() ? primary : mix(ink, accent, 0.4);
        }

        static Color mix(Color a, Color b, double t) {
            return new Color(
                    (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                    (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                    (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
        }

        static double luminance(Color c) {
            return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
        }
    }
}
