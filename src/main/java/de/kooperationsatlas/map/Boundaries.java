package de.kooperationsatlas.map;

import de.kooperationsatlas.base.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped outlines (BKG VG5000, {@code reference/boundaries/*.geojson}) as the map needs them: each
 * feature with only {@code ags} and {@code name}, coordinates rounded to 4 decimals (about 10 m, finer
 * than the 100 m the outlines were simplified to), consecutive duplicate points dropped. Municipalities
 * are delivered per state, because all of Germany's are 5.5 MB. Each answer is built once and kept in
 * memory, plain and gzipped, with an ETag.
 */
@Service
public class Boundaries {

    /** The levels a map can draw. */
    public enum Level {
        STATES("states"),
        DISTRICTS("districts"),
        MUNICIPALITIES("municipalities");

        private final String file;

        Level(String file) {
            this.file = file;
        }
    }

    /** One GeoJSON document ready to send: plain and gzipped bytes, and a strong ETag. */
    public record Payload(byte[] json, byte[] gzip, String etag) {}

    private static final Pattern STATE_KEY = Pattern.compile("\\d{2}");
    private static final double PRECISION = 1e4;

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Payload> cache = new ConcurrentHashMap<>();

    /** All states, or all 401 districts of Germany. */
    public Payload all(Level level) {
        if (level == Level.MUNICIPALITIES) {
            throw new IllegalArgumentException("Municipalities are delivered per state");
        }
        return cache.computeIfAbsent(
                level.file, key -> payload(collection(read(level).get("features"), null)));
    }

    /** The municipalities of one state ({@code state}: two-digit AGS). */
    public Payload municipalities(String state) {
        if (!STATE_KEY.matcher(state).matches() || Integer.parseInt(state) < 1 || Integer.parseInt(state) > 16) {
            throw new NotFoundException("state", state);
        }
        var found = cache.get("municipalities-" + state);
        if (found != null) {
            return found;
        }
        // One pass over the 5.5 MB file fills the cache for all 16 states.
        synchronized (this) {
            if (!cache.containsKey("municipalities-" + state)) {
                var all = read(Level.MUNICIPALITIES);
                Map<String, ArrayNode> byState = new HashMap<>();
                for (JsonNode feature : all.get("features")) {
                    String ags = feature.get("properties").get("AGS").asString();
                    byState.computeIfAbsent(ags.substring(0, 2), k -> JsonNodeFactory.instance.arrayNode())
                            .add(feature);
                }
                byState.forEach(
                        (key, features) -> cache.put("municipalities-" + key, payload(collection(features, key))));
            }
        }
        return cache.get("municipalities-" + state);
    }

    private JsonNode read(Level level) {
        var resource = new ClassPathResource("reference/boundaries/" + level.file + ".geojson");
        try (InputStream in = resource.getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped outlines " + resource.getPath(), e);
        }
    }

    private ObjectNode collection(JsonNode features, @Nullable String state) {
        var factory = JsonNodeFactory.instance;
        var out = factory.objectNode();
        out.put("type", "FeatureCollection");
        if (state != null) {
            out.put("state", state);
        }
        var list = out.putArray("features");
        for (JsonNode feature : features) {
            var properties = feature.get("properties");
            var slim = factory.objectNode();
            slim.put("type", "Feature");
            slim.putObject("properties")
                    .put("ags", properties.get("AGS").asString())
                    .put("name", properties.get("GEN").asString());
            var geometry = feature.get("geometry");
            slim.putObject("geometry")
                    .put("type", geometry.get("type").asString())
                    .set("coordinates", rounded(geometry.get("coordinates")));
            list.add(slim);
        }
        return out;
    }

    /** Rounds positions and drops a position equal to the one before it (rings keep at least 4). */
    private static JsonNode rounded(JsonNode coordinates) {
        var factory = JsonNodeFactory.instance;
        if (coordinates.get(0).isNumber()) {
            var position = factory.arrayNode();
            position.add(round(coordinates.get(0).asDouble()));
            position.add(round(coordinates.get(1).asDouble()));
            return position;
        }
        var out = factory.arrayNode();
        boolean ring = coordinates.get(0).get(0).isNumber();
        JsonNode previous = null;
        for (JsonNode child : coordinates) {
            var next = rounded(child);
            if (ring && next.equals(previous)) {
                continue;
            }
            out.add(next);
            previous = next;
        }
        if (ring && out.size() < 4) {
            // A tiny ring that collapsed: keep it as it was, rounded, so the geometry stays valid.
            out.removeAll();
            for (JsonNode child : coordinates) {
                out.add(rounded(child));
            }
        }
        return out;
    }

    private static double round(double value) {
        return Math.round(value * PRECISION) / PRECISION;
    }

    private Payload payload(JsonNode document) {
        byte[] plain = json.writeValueAsBytes(document);
        var zipped = new ByteArrayOutputStream(plain.length / 3);
        try (var gzip = new GZIPOutputStream(zipped)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Payload(plain, zipped.toByteArray(), "\"" + sha256(plain).substring(0, 20) + "\"");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
