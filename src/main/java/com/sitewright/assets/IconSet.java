package com.sitewright.assets;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.parser.AWTPathProducer;
import org.apache.batik.parser.ParseException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The bundled icons (a curated subset of Phosphor's duotone set, MIT, and a few of Lucide's, ISC; licences beside
 * them under {@code illustrations/}) as Java2D shapes in a 256-unit box. A duotone icon has a pale layer and an
 * outline; a stroked Lucide icon has its strokes turned into outline shapes, so every icon is drawn as fills.
 */
final class IconSet {

    static final double BOX = 256;
    private static final Map<String, Icon> CACHE = new ConcurrentHashMap<>();

    /** The pale layer ({@code tint}, may be empty) under the outline ({@code line}). */
    record Icon(String name, Shape tint, Shape line) {}

    private IconSet() {}

    /** {@code name} is "phosphor/coffee" or "lucide/croissant". */
    static Icon get(String name) {
        return CACHE.computeIfAbsent(name, IconSet::load);
    }

    private static Icon load(String name) {
        String resource = "/illustrations/" + name + ".svg";
        try (InputStream in = IconSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No bundled icon " + name);
            }
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element svg = factory.newDocumentBuilder().parse(in).getDocumentElement();
            double viewBox =
                    Double.parseDouble(svg.getAttribute("viewBox").trim().split("[\\s,]+")[2]);
            AffineTransform toBox = AffineTransform.getScaleInstance(BOX / viewBox, BOX / viewBox);
            boolean stroked = "none".equals(svg.getAttribute("fill"));
            float strokeWidth =
                    svg.hasAttribute("stroke-width") ? Float.parseFloat(svg.getAttribute("stroke-width")) : 2f;
            BasicStroke stroke = new BasicStroke(strokeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            Path2D tint = new Path2D.Double(Path2D.WIND_NON_ZERO);
            Path2D line = new Path2D.Double(Path2D.WIND_NON_ZERO);
            NodeList nodes = svg.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i).getNodeType() != Node.ELEMENT_NODE) {
                    continue;
                }
                Element element = (Element) nodes.item(i);
                Shape shape = shapeOf(element);
                if (shape == null) {
                    continue;
                }
                if (stroked) {
                    line.append(stroke.createStrokedShape(shape), false);
                } else if (element.hasAttribute("opacity")) {
                    tint.append(shape, false);
                } else {
                    line.append(shape, false);
                }
            }
            return new Icon(name, toBox.createTransformedShape(tint), toBox.createTransformedShape(line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("Bundled icon " + name + " cannot be read", e);
        }
    }

    private static Shape shapeOf(Element element) throws IOException {
        return switch (element.getTagName().toLowerCase(Locale.ROOT)) {
            case "path" -> {
                Shape path = AWTPathProducer.createShape(
                        new StringReader(element.getAttribute("d")),
                        "evenodd".equals(element.getAttribute("fill-rule"))
                                ? Path2D.WIND_EVEN_ODD
                                : Path2D.WIND_NON_ZERO);
                yield path;
            }
            case "circle" -> {
                double r = number(element, "r");
                yield new Ellipse2D.Double(number(element, "cx") - r, number(element, "cy") - r, 2 * r, 2 * r);
            }
            case "ellipse" -> {
                double rx = number(element, "rx");
                double ry = number(element, "ry");
                yield new Ellipse2D.Double(number(element, "cx") - rx, number(element, "cy") - ry, 2 * rx, 2 * ry);
            }
            case "rect" ->
                new RoundRectangle2D.Double(
                        number(element, "x"),
                        number(element, "y"),
                        number(element, "width"),
                        number(element, "height"),
                        2 * number(element, "rx"),
                        2 * number(element, "rx"));
            case "line" ->
                new Line2D.Double(
                        number(element, "x1"), number(element, "y1"), number(element, "x2"), number(element, "y2"));
            case "polyline", "polygon" ->
                polyline(element.getAttribute("points"), element.getTagName().equals("polygon"));
            default -> null;
        };
    }

    private static Shape polyline(String points, boolean closed) {
        String[] numbers = points.trim().split("[\\s,]+");
        Path2D path = new Path2D.Double();
        List<double[]> coordinates = new ArrayList<>();
        for (int i = 0; i + 1 < numbers.length; i += 2) {
            coordinates.add(new double[] {Double.parseDouble(numbers[i]), Double.parseDouble(numbers[i + 1])});
        }
        for (int i = 0; i < coordinates.size(); i++) {
            if (i == 0) {
                path.moveTo(coordinates.get(i)[0], coordinates.get(i)[1]);
            } else {
                path.lineTo(coordinates.get(i)[0], coordinates.get(i)[1]);
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    private static double number(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        return value.isBlank() ? 0 : Double.parseDouble(value);
    }
}
