package de.kooperationsatlas.exchange.generator;

import de.kooperationsatlas.exchange.ExchangeFormat.File;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a deterministic synthetic bundle in the exchange format: N actors seated in real
 * municipalities (chosen by population), with life phases, topics, served areas, cooperations
 * (distance-decaying, heavy-tailed degrees by preferential attachment), networks with memberships,
 * prevention chains with contributions, and events with participations. The same N and seed give a
 * byte-identical ZIP.
 *
 * <p>Time ({@code since} and {@code until}, a year or an ISO date): cooperations start in 2000
 * ({@link #FIRST_YEAR}) at the earliest; about 5 % of the actors start after it, about 3 % of them end,
 * and about 15 % of the cooperations and 5 % of the memberships end, each on or after its start and by
 * the end of 2025 ({@link #LAST_YEAR}). These come from a random source of their own (seeded from the seed), so every
 * other cell is the same as without them.
 *
 * <p>Uses the JDK only, so that it also runs without a build:
 *
 * <pre>
 * java src/main/java/de/kooperationsatlas/exchange/generator/BundleGenerator.java 100000 /tmp/atlas-100k.zip [seed]
 * </pre>
 *
 * (from the repository root; it reads {@code src/main/resources/reference/municipalities.csv} and
 * {@code districts.csv}, or the same files from the class path when run from a build).
 */
public final class BundleGenerator {

    /** The seed when none is given. */
    public static final long DEFAULT_SEED = 20_240_424L;

    /** Cooperations per actor on average (rows of {@code cooperations.csv} / rows of {@code actors.csv}). */
    static final double COOPERATIONS_PER_ACTOR = 4.0;

    /** The first year of the generated history: cooperations start in it at the earliest. */
    static final int FIRST_YEAR = 2000;

    /** The last year of the generated history: nothing starts or ends after it. */
    static final int LAST_YEAR = 2025;

    /** The share of actors with a since (after {@link #FIRST_YEAR}). */
    static final double ACTOR_SINCE_SHARE = 0.05;

    /** The share of actors with an until (an actor that closed). */
    static final double ACTOR_UNTIL_SHARE = 0.03;

    /** The share of cooperations with an until (an ended cooperation). */
    static final double COOPERATION_UNTIL_SHARE = 0.15;

    /** The share of memberships with an until. */
    static final double MEMBERSHIP_UNTIL_SHARE = 0.05;

    /** Mixed into the seed for the random source of since and until. */
    private static final long TIME_SALT = 0x5EED_7153L;

    static final String[] FILES = {
        "actors.csv",
        "cooperations.csv",
        "networks.csv",
        "memberships.csv",
        "chains.csv",
        "chain_contributions.csv",
        "events.csv",
        "participations.csv"
    };

    private static final String[] PHASES = {
        "PREGNANCY_BIRTH",
        "EARLY_CHILDHOOD",
        "DAYCARE",
        "PRIMARY_SCHOOL",
        "SECONDARY_SCHOOL",
        "SCHOOL_TO_WORK",
        "WORKING_LIFE",
        "RETIREMENT",
        "OLD_AGE"
    };

    /** Actor types: code, weight, German name stem, centre phase (-1: any), phase spread, serves. */
    private record Type(String code, double weight, String stem, int centre, int spread, Scope scope) {}

    private enum Scope {
        LOCAL,
        DISTRICT,
        STATE,
        COUNTRY
    }

    private static final Type[] TYPES = {
        new Type("MUNICIPAL_ADMIN", 4, "Gemeindeverwaltung", -1, 8, Scope.LOCAL),
        new Type("PUBLIC_HEALTH_OFFICE", 1, "Gesundheitsamt", -1, 8, Scope.DISTRICT),
        new Type("HEALTH_INSURER", 2, "Krankenkasse Regionalbüro", 6, 4, Scope.STATE),
        new Type("STATE_AGENCY", 0.5, "Landesvereinigung Gesundheit", -1, 8, Scope.STATE),
        new Type("FEDERAL_AGENCY", 0.2, "Bundesstelle Prävention", -1, 8, Scope.COUNTRY),
        new Type("ASSOCIATION", 6, "Wohlfahrtsverband", -1, 3, Scope.DISTRICT),
        new Type("CHAMBER", 1, "Kammer", 6, 1, Scope.DISTRICT),
        new Type("CIVIC_ASSOCIATION", 12, "Bürgerverein", -1, 2, Scope.LOCAL),
        new Type("DAYCARE", 16, "Kita", 2, 1, Scope.LOCAL),
        new Type("SCHOOL", 14, "Schule", 3, 2, Scope.LOCAL),
        new Type("YOUTH_WELFARE", 5, "Jugendhilfe", 3, 3, Scope.DISTRICT),
        new Type("MEDICAL_CARE", 9, "Praxis", -1, 3, Scope.LOCAL),
        new Type("CARE_SERVICE", 8, "Pflegedienst", 8, 1, Scope.LOCAL),
        new Type("SPORTS", 9, "Sportverein", 4, 3, Scope.LOCAL),
        new Type("EMPLOYER", 5, "Betrieb", 6, 1, Scope.LOCAL),
        new Type("NEIGHBOURHOOD_MANAGEMENT", 2, "Quartiersmanagement", -1, 4, Scope.LOCAL),
        new Type("RESEARCH", 1, "Institut", -1, 8, Scope.STATE),
        new Type("OTHER", 4, "Initiative", -1, 3, Scope.LOCAL)
    };

    /** Forty topic labels (each with its own slug), most common first. */
    static final String[] TOPICS = {
        "Bewegungsförderung",
        "Ernährung",
        "Psychische Gesundheit",
        "Frühe Hilfen",
        "Suchtprävention",
        "Medien & Digitales",
        "Elternarbeit",
        "Inklusion",
        "Armut und Gesundheit",
        "Pflege",
        "Gesundes Altern",
        "Sprachförderung",
        "Integration",
        "Gewaltprävention",
        "Betriebliche Gesundheitsförderung",
        "Stressbewältigung",
        "Zahngesundheit",
        "Impfen",
        "Sexuelle Gesundheit",
        "Einsamkeit",
        "Wohnen",
        "Mobilität",
        "Klima und Gesundheit",
        "Hitzeschutz",
        "Schlaf",
        "Demenz",
        "Selbsthilfe",
        "Ehrenamt",
        "Quartiersarbeit",
        "Übergang Kita–Schule",
        "Schulsozialarbeit",
        "Ausbildung",
        "Arbeitslosigkeit",
        "Alleinerziehende",
        "Geflüchtete",
        "Gesundheitskompetenz",
        "Unfallprävention",
        "Kultur",
        "Naturerleben",
        "Nachbarschaftshilfe"
    };

    private static final String[] KINDS = {"PROJECT", "EXCHANGE", "REFERRAL", "AGREEMENT", "FUNDING", "OTHER"};
    private static final double[] KIND_WEIGHTS = {30, 25, 20, 12, 8, 5};
    private static final String[] CHAIN_STATUS = {"PLANNED", "IN_PROGRESS", "ESTABLISHED"};
    private static final String[] ROLES = {"Mitglied", "Mitglied", "Mitglied", "Mitglied", "Sprecherin", "Koordination"
    };
    private static final String[] EVENT_KINDS = {
        "Gesundheitskonferenz", "Fachtag", "Netzwerktreffen", "Aktionstag", "Runder Tisch", "Workshop"
    };
    private static final String[] NETWORK_KINDS = {
        "Netzwerk Frühe Hilfen", "Gesunde Kommune", "Bündnis", "Arbeitskreis", "Präventionsnetz", "Forum"
    };
    private static final String[] DESCRIPTIONS = {
        "Angebote für Familien, Kinder und Jugendliche",
        "Beratung und Begleitung im Quartier",
        "Kurse \"Gesund älter werden\"; offene Sprechstunde",
        "Vernetzung der Akteure vor Ort",
        "Projekte zur Gesundheitsförderung in Lebenswelten"
    };

    private final int actorCount;
    private final SplittableRandom random;
    /** Since and until only, so that adding them left every other cell as it was. */
    private final SplittableRandom time;

    // Reference data.
    private final List<Municipality> municipalities = new ArrayList<>();
    private final Map<String, Integer> districtIndex = new HashMap<>();
    private final List<String> districtKeys = new ArrayList<>();
    private final List<String> stateKeys = new ArrayList<>();
    private double[] seatWeights = new double[0];
    private int[][] nearDistricts = new int[0][];

    // Actors.
    private int[] seat = new int[0];
    private int[] typeOf = new int[0];
    private int[][] phasesOf = new int[0][];

    private record Municipality(
            String ags, String name, int district, int state, long population, double lat, double lon) {}

    private BundleGenerator(int actorCount, long seed) {
        if (actorCount < 1) {
            throw new IllegalArgumentException("at least one actor");
        }
        this.actorCount = actorCount;
        this.random = new SplittableRandom(seed);
        this.time = new SplittableRandom(seed ^ TIME_SALT);
    }

    /** The bundle's CSV files (UTF-8, {@code ,}, LF), by file name in the exchange format's order. */
    public static Map<String, byte[]> files(int actors, long seed) {
        return new BundleGenerator(actors, seed).build();
    }

    /** The bundle as a ZIP; the same arguments give the same bytes. */
    public static byte[] zip(int actors, long seed) {
        var out = new ByteArrayOutputStream();
        writeZip(files(actors, seed), out);
        return out.toByteArray();
    }

    /** Writes the files as a ZIP with fixed entry times and compression, so the bytes are stable. */
    public static void writeZip(Map<String, byte[]> files, OutputStream target) {
        try (var zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (var file : files.entrySet()) {
                var entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(LocalDateTime.of(2024, 1, 1, 0, 0));
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code BundleGenerator <actors> <out.zip> [seed]}: writes the ZIP and prints what it holds. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: BundleGenerator <actors> <out.zip> [seed]");
            System.exit(2);
        }
        int actors = Integer.parseInt(args[0].replace("_", ""));
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        long started = System.nanoTime();
        var files = files(actors, seed);
        try (var target = Files.newOutputStream(out)) {
            writeZip(files, target);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        files.forEach((name, bytes) ->
                System.out.printf("%-24s %9d rows %,12d bytes%n", name, lines(bytes) - 1, bytes.length));
        System.out.printf("wrote %s (%,d bytes) in %,d ms, seed %d%n", out, Files.size(out), millis, seed);
    }

    static int lines(byte[] csv) {
        int n = 0;
        for (byte b : csv) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    // --- building -----------------------------------------------------------------------------------

    private Map<String, byte[]> build() {
        loadReference();
        Map<String, byte[]> files = new LinkedHashMap<>();
        int[][] byDistrict = placeActors();
        files.put("actors.csv", actors());
        files.put("cooperations.csv", cooperations());
        var networks = new Csv(File.NETWORKS);
        var memberships = new Csv(File.MEMBERSHIPS);
        networks(byDistrict, networks, memberships);
        files.put("networks.csv", networks.bytes());
        files.put("memberships.csv", memberships.bytes());
        var chains = new Csv(File.CHAINS);
        var contributions = new Csv(File.CHAIN_CONTRIBUTIONS);
        chains(byDistrict, chains, contributions);
        files.put("chains.csv", chains.bytes());
        files.put("chain_contributions.csv", contributions.bytes());
        var events = new Csv(File.EVENTS);
        var participations = new Csv(File.PARTICIPATIONS);
        events(byDistrict, events, participations);
        files.put("events.csv", events.bytes());
        files.put("participations.csv", participations.bytes());
        return files;
    }

    private void loadReference() {
        Map<String, String> districtNames = new TreeMap<>();
        for (String[] row : readCsv("districts.csv")) {
            districtNames.put(row[0], row[1]);
        }
        districtKeys.addAll(districtNames.keySet());
        for (int i = 0; i < districtKeys.size(); i++) {
            districtIndex.put(districtKeys.get(i), i);
        }
        Map<String, Integer> states = new TreeMap<>();
        for (String[] row : readCsv("municipalities.csv")) {
            // ags,name,kind,district_ags,state_ags,population,area_km2,postal_code,latitude,longitude,…
            Integer district = districtIndex.get(row[3]);
            long population = row[5].isEmpty() ? 0 : Long.parseLong(row[5]);
            if (district == null || population <= 0 || row[8].isEmpty()) {
                continue; // only inhabited municipalities with a location and a district seat actors
            }
            int state = states.computeIfAbsent(row[4], k -> states.size());
            municipalities.add(new Municipality(
                    row[0],
                    row[1],
                    district,
                    state,
                    population,
                    Double.parseDouble(row[8]),
                    Double.parseDouble(row[9])));
        }
        stateKeys.addAll(states.keySet());
        // states were numbered in first-seen order, which is key order in the sorted directory
        seatWeights = new double[municipalities.size()];
        double sum = 0;
        for (int i = 0; i < municipalities.size(); i++) {
            sum += municipalities.get(i).population();
            seatWeights[i] = sum;
        }
        nearDistricts = nearestDistricts(12);
    }

    /** For each district, the others by distance of their population-weighted centres, nearest first. */
    private int[][] nearestDistricts(int k) {
        int n = districtKeys.size();
        double[] lat = new double[n];
        double[] lon = new double[n];
        double[] pop = new double[n];
        for (Municipality m : municipalities) {
            lat[m.district()] += m.lat() * m.population();
            lon[m.district()] += m.lon() * m.population();
            pop[m.district()] += m.population();
        }
        for (int d = 0; d < n; d++) {
            if (pop[d] > 0) {
                lat[d] /= pop[d];
                lon[d] /= pop[d];
            }
        }
        int[][] near = new int[n][];
        for (int d = 0; d < n; d++) {
            final int from = d;
            near[d] = java.util.stream.IntStream.range(0, n)
                    .filter(o -> o != from && pop[o] > 0)
                    .boxed()
                    .sorted((a, b) -> {
                        int c = Double.compare(
                                km(lat[from], lon[from], lat[a], lon[a]), km(lat[from], lon[from], lat[b], lon[b]));
                        return c != 0 ? c : Integer.compare(a, b);
                    })
                    .limit(k)
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        return near;
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** Seats, types and phases of every actor; answers the actors of each district. */
    private int[][] placeActors() {
        seat = new int[actorCount];
        typeOf = new int[actorCount];
        phasesOf = new int[actorCount][];
        double[] typeWeights = new double[TYPES.length];
        double sum = 0;
        for (int t = 0; t < TYPES.length; t++) {
            sum += TYPES[t].weight();
            typeWeights[t] = sum;
        }
        int[] perDistrict = new int[districtKeys.size()];
        for (int i = 0; i < actorCount; i++) {
            seat[i] = pick(seatWeights);
            typeOf[i] = pick(typeWeights);
            phasesOf[i] = phases(TYPES[typeOf[i]]);
            perDistrict[municipalities.get(seat[i]).district()]++;
        }
        int[][] byDistrict = new int[districtKeys.size()][];
        for (int d = 0; d < byDistrict.length; d++) {
            byDistrict[d] = new int[perDistrict[d]];
            perDistrict[d] = 0;
        }
        for (int i = 0; i < actorCount; i++) {
            int d = municipalities.get(seat[i]).district();
            byDistrict[d][perDistrict[d]++] = i;
        }
        return byDistrict;
    }

    private int[] phases(Type type) {
        int centre = type.centre() >= 0 ? type.centre() : random.nextInt(PHASES.length);
        int low = Math.max(
                0, centre - random.nextInt(type.spread() + 1) / 2 - (type.spread() > 4 ? random.nextInt(3) : 0));
        int high = Math.min(PHASES.length - 1, centre + random.nextInt(type.spread() + 1) / 2);
        boolean[] on = new boolean[PHASES.length];
        for (int p = low; p <= high; p++) {
            on[p] = true;
        }
        if (random.nextDouble() < 0.1) {
            on[random.nextInt(PHASES.length)] = true;
        }
        int n = 0;
        for (boolean b : on) {
            n += b ? 1 : 0;
        }
        int[] phases = new int[n];
        for (int p = 0, k = 0; p < PHASES.length; p++) {
            if (on[p]) {
                phases[k++] = p;
            }
        }
        return phases;
    }

    private byte[] actors() {
        var csv = new Csv(File.ACTORS);
        double[] topicWeights = new double[TOPICS.length];
        double sum = 0;
        for (int t = 0; t < TOPICS.length; t++) {
            sum += 1.0 / Math.pow(t + 1, 0.8);
            topicWeights[t] = sum;
        }
        for (int i = 0; i < actorCount; i++) {
            Type type = TYPES[typeOf[i]];
            Municipality m = municipalities.get(seat[i]);
            String place =
                    m.name().contains(",") ? m.name().substring(0, m.name().indexOf(',')) : m.name();
            String id = actorId(i);
            StringBuilder phases = new StringBuilder();
            for (int p : phasesOf[i]) {
                phases.append(phases.isEmpty() ? "" : "|").append(PHASES[p]);
            }
            boolean[] chosen = new boolean[TOPICS.length];
            int topicCount = 1 + random.nextInt(4);
            StringBuilder topics = new StringBuilder();
            for (int k = 0; k < topicCount; k++) {
                int t = pick(topicWeights);
                if (!chosen[t]) {
                    chosen[t] = true;
                    topics.append(topics.isEmpty() ? "" : "|").append(TOPICS[t]);
                }
            }
            String since =
                    time.nextDouble() < ACTOR_SINCE_SHARE ? dayOrYear(LocalDate.of(FIRST_YEAR + 1, 1, 1), 0.5) : "";
            String until = time.nextDouble() < ACTOR_UNTIL_SHARE ? until(since) : "";
            csv.row(
                    id,
                    type.stem() + " " + place + " " + (i + 1),
                    type.code(),
                    m.ags(),
                    serves(type, m),
                    phases.toString(),
                    topics.toString(),
                    random.nextDouble() < 0.4 ? "https://example.org/atlas/" + id : "",
                    random.nextDouble() < 0.5
                            ? (random.nextDouble() < 0.1 ? "gesundheitsförderung-" : "kontakt-") + (i + 1)
                                    + "@example.org"
                            : "",
                    random.nextDouble() < 0.3
                            ? "0" + (30 + random.nextInt(970)) + " " + (100_000 + random.nextInt(900_000))
                            : "",
                    random.nextDouble() < 0.2 ? DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)] : "",
                    since,
                    until);
        }
        return csv.bytes();
    }

    /** A year or an ISO date from the day {@code from} to the end of {@link #LAST_YEAR}. */
    private String dayOrYear(LocalDate from, double yearShare) {
        LocalDate last = LocalDate.of(LAST_YEAR, 12, 31);
        LocalDate day = from.plusDays(time.nextLong(ChronoUnit.DAYS.between(from, last) + 1));
        return time.nextDouble() < yearShare ? String.valueOf(day.getYear()) : day.toString();
    }

    /** An until on or after the start of {@code since} (or of {@link #FIRST_YEAR} when it is empty). */
    private String until(String since) {
        LocalDate from = since.isEmpty()
                ? LocalDate.of(FIRST_YEAR, 1, 1)
                : since.length() == 4 ? LocalDate.of(Integer.parseInt(since), 1, 1) : LocalDate.parse(since);
        return dayOrYear(from, 0.6);
    }

    private String serves(Type type, Municipality m) {
        double r = random.nextDouble();
        String district = districtKeys.get(m.district());
        String state = stateKeys.get(m.state());
        return switch (type.scope()) {
            case COUNTRY -> String.join("|", stateKeys);
            case STATE -> r < 0.8 ? state : district;
            case DISTRICT -> r < 0.85 ? district : (r < 0.95 ? district + "|" + m.ags() : "");
            case LOCAL -> r < 0.03 ? district : (r < 0.06 ? m.ags() : "");
        };
    }

    private static String actorId(int i) {
        return "GEN-A%07d".formatted(i + 1);
    }

    // --- cooperations -------------------------------------------------------------------------------

    /** A growable int list: the endpoints of a pool, each actor once plus once per cooperation (degree bias). */
    private static final class Ints {
        int[] values = new int[4];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    private byte[] cooperations() {
        int n = actorCount;
        Ints[] byMunicipality = new Ints[municipalities.size()];
        Ints[] byDistrict = new Ints[districtKeys.size()];
        Ints[] byState = new Ints[stateKeys.size()];
        Ints global = new Ints();
        long target = Math.round(COOPERATIONS_PER_ACTOR * n);
        var pairs = new LongSet(Math.toIntExact(Math.min(Integer.MAX_VALUE / 4, target * 2 + 16)));
        var csv = new Csv(File.COOPERATIONS);
        long written = 0;
        for (int i = 0; i < n; i++) {
            Municipality m = municipalities.get(seat[i]);
            // Links per new actor: none for a few (isolated), else 1 + geometric; remaining budget spread evenly.
            double mean = (target - written) / (double) (n - i);
            int links = random.nextDouble() < 0.08 ? 0 : 1 + geometric(Math.max(0.0, mean / 0.92 - 1));
            for (int l = 0; l < links && i > 0; l++) {
                int partner = -1;
                for (int attempt = 0; attempt < 8 && partner < 0; attempt++) {
                    int candidate = partner(seat[i], byMunicipality, byDistrict, byState, global);
                    if (candidate >= 0 && candidate != i && pairs.add(pairKey(i, candidate, n))) {
                        partner = candidate;
                    }
                }
                if (partner < 0) {
                    continue;
                }
                int a = Math.min(i, partner);
                int b = Math.max(i, partner);
                double r = random.nextDouble();
                String since = r < 0.7
                        ? String.valueOf(FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1))
                        : r < 0.9
                                ? LocalDate.of(2005, 1, 1)
                                        .plusDays(random.nextInt(7300))
                                        .toString()
                                : "";
                csv.row(
                        actorId(a),
                        actorId(b),
                        KINDS[pick(KIND_SUMS)],
                        since,
                        time.nextDouble() < COOPERATION_UNTIL_SHARE ? until(since) : "",
                        random.nextDouble() < 0.1 ? "" : String.valueOf(1 + random.nextInt(3)),
                        random.nextDouble() < 0.05 ? "Gemeinsames Angebot; Absprache vom Fachtag" : "");
                written++;
                add(partner, byMunicipality, byDistrict, byState, global);
                add(i, byMunicipality, byDistrict, byState, global);
            }
            add(i, byMunicipality, byDistrict, byState, global);
        }
        return csv.bytes();
    }

    private int geometric(double mean) {
        if (mean <= 0) {
            return 0;
        }
        double p = 1.0 / (1.0 + mean);
        return Math.min(200, (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p)));
    }

    /** A partner by distance decay: own municipality, own district, nearby districts, own state, anywhere. */
    private int partner(int seatIndex, Ints[] byMunicipality, Ints[] byDistrict, Ints[] byState, Ints global) {
        Municipality m = municipalities.get(seatIndex);
        double r = random.nextDouble();
        Ints pool;
        if (r < 0.25) {
            pool = byMunicipality[seatIndex];
        } else if (r < 0.60) {
            pool = byDistrict[m.district()];
        } else if (r < 0.85) {
            int[] near = nearDistricts[m.district()];
            int rank = Math.min(near.length - 1, geometric(2.0));
            pool = near.length == 0 ? null : byDistrict[near[rank]];
        } else if (r < 0.96) {
            pool = byState[m.state()];
        } else {
            pool = global;
        }
        if (pool == null || pool.size == 0) {
            pool = byDistrict[m.district()];
        }
        if (pool == null || pool.size == 0) {
            pool = global;
        }
        return pool.size == 0 ? -1 : pool.values[random.nextInt(pool.size)];
    }

    private void add(int actor, Ints[] byMunicipality, Ints[] byDistrict, Ints[] byState, Ints global) {
        Municipality m = municipalities.get(seat[actor]);
        grow(byMunicipality, seat[actor]).add(actor);
        grow(byDistrict, m.district()).add(actor);
        grow(byState, m.state()).add(actor);
        global.add(actor);
    }

    private static Ints grow(Ints[] pools, int index) {
        if (pools[index] == null) {
            pools[index] = new Ints();
        }
        return pools[index];
    }

    private static long pairKey(int a, int b, int n) {
        return (long) Math.min(a, b) * n + Math.max(a, b);
    }

    // --- networks, chains, events -------------------------------------------------------------------

    private void networks(int[][] byDistrict, Csv networks, Csv memberships) {
        int count = Math.max(1, actorCount / 200);
        for (int k = 0; k < count; k++) {
            int anchor = random.nextInt(actorCount);
            Municipality m = municipalities.get(seat[anchor]);
            String id = "GEN-N%05d".formatted(k + 1);
            double r = random.nextDouble();
            String covers = r < 0.8 ? districtKeys.get(m.district()) : r < 0.9 ? stateKeys.get(m.state()) : m.ags();
            String place =
                    m.name().contains(",") ? m.name().substring(0, m.name().indexOf(',')) : m.name();
            networks.row(
                    id,
                    NETWORK_KINDS[random.nextInt(NETWORK_KINDS.length)] + " " + place + " " + (k + 1),
                    covers,
                    random.nextDouble() < 0.3 ? DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)] : "");
            for (int member : sample(byDistrict[m.district()], 8 + random.nextInt(33), anchor)) {
                String since = random.nextDouble() < 0.6 ? String.valueOf(2010 + random.nextInt(16)) : "";
                memberships.row(
                        id,
                        actorId(member),
                        ROLES[random.nextInt(ROLES.length)],
                        since,
                        time.nextDouble() < MEMBERSHIP_UNTIL_SHARE ? until(since) : "");
            }
        }
    }

    private void chains(int[][] byDistrict, Csv chains, Csv contributions) {
        int k = 0;
        for (int d = 0; d < districtKeys.size(); d++) {
            if (byDistrict[d].length < 5 || random.nextDouble() >= 0.25) {
                continue;
            }
            int anchor = byDistrict[d][random.nextInt(byDistrict[d].length)];
            Municipality m = municipalities.get(seat[anchor]);
            boolean municipal = random.nextDouble() < 0.3;
            String id = "GEN-C%04d".formatted(++k);
            chains.row(
                    id,
                    "Präventionskette " + (municipal ? m.name() : districtKeys.get(d)),
                    municipal ? m.ags() : districtKeys.get(d),
                    CHAIN_STATUS[random.nextInt(CHAIN_STATUS.length)]);
            for (int actor : sample(byDistrict[d], 5 + random.nextInt(21), anchor)) {
                String phases = "";
                if (random.nextDouble() < 0.5) {
                    int from = random.nextInt(PHASES.length);
                    int to = Math.min(PHASES.length - 1, from + random.nextInt(3));
                    phases = String.join("|", Arrays.copyOfRange(PHASES, from, to + 1));
                }
                contributions.row(id, actorId(actor), phases);
            }
        }
    }

    private void events(int[][] byDistrict, Csv events, Csv participations) {
        int count = Math.max(1, actorCount / 50);
        for (int k = 0; k < count; k++) {
            int anchor = random.nextInt(actorCount);
            Municipality m = municipalities.get(seat[anchor]);
            String id = "GEN-E%06d".formatted(k + 1);
            LocalDate date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2557));
            String place =
                    m.name().contains(",") ? m.name().substring(0, m.name().indexOf(',')) : m.name();
            events.row(
                    id,
                    EVENT_KINDS[random.nextInt(EVENT_KINDS.length)] + " " + place + " " + date.getYear(),
                    date.toString(),
                    m.ags());
            int[] local = sample(byDistrict[m.district()], 3 + random.nextInt(28), anchor);
            List<Integer> guests = new ArrayList<>();
            if (random.nextDouble() < 0.2) {
                for (int g = 0; g < 1 + random.nextInt(3); g++) {
                    guests.add(random.nextInt(actorCount));
                }
            }
            var all = new java.util.TreeSet<Integer>();
            for (int a : local) {
                all.add(a);
            }
            all.addAll(guests);
            for (int actor : all) {
                participations.row(id, actorId(actor));
            }
        }
    }

    /** Up to {@code size} distinct actors of the pool (always with {@code anchor}), in id order. */
    private int[] sample(int[] pool, int size, int anchor) {
        var chosen = new java.util.TreeSet<Integer>();
        chosen.add(anchor);
        if (pool.length <= size) {
            for (int a : pool) {
                chosen.add(a);
            }
        } else {
            while (chosen.size() < size) {
                chosen.add(pool[random.nextInt(pool.length)]);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    // --- helpers ------------------------------------------------------------------------------------

    private int pick(double[] cumulativeWeights) {
        double r = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
        int index = Arrays.binarySearch(cumulativeWeights, r);
        index = index >= 0 ? index + 1 : -index - 1;
        return Math.min(index, cumulativeWeights.length - 1);
    }

    private static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }

    private static final double[] KIND_SUMS = cumulative(KIND_WEIGHTS);

    private static List<String[]> readCsv(String name) {
        InputStream in = BundleGenerator.class.getResourceAsStream("/reference/" + name);
        try {
            if (in == null) {
                in = Files.newInputStream(Path.of("src/main/resources/reference", name));
            }
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                List<String[]> rows = new ArrayList<>();
                reader.readLine(); // header
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank()) {
                        rows.add(parseLine(line));
                    }
                }
                return rows;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reference data " + name, e);
        }
    }

    /** One line of the reference CSVs (RFC 4180 quoting, no line breaks inside cells). */
    private static String[] parseLine(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }

    /** A CSV file being written: {@code ,}, RFC 4180 quoting, LF. */
    private static final class Csv {
        private final StringBuilder text = new StringBuilder(1 << 16);

        /** Starts the file with its header as the exchange format names the columns. */
        Csv(File file) {
            row(file.columns().toArray(String[]::new));
        }

        void row(String... cells) {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                String cell = cells[i];
                if (cell.indexOf(',') >= 0
                        || cell.indexOf('"') >= 0
                        || cell.indexOf(';') >= 0
                        || cell.indexOf('\n') >= 0) {
                    text.append('"').append(cell.replace("\"", "\"\"")).append('"');
                } else {
                    text.append(cell);
                }
            }
            text.append('\n');
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** An open-addressing set of longs (pair keys), so 400,000 pairs cost a few MB, not boxed objects. */
    private static final class LongSet {
        private long[] slots;
        private boolean[] used;
        private int size;

        LongSet(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            slots = new long[capacity];
            used = new boolean[capacity];
        }

        boolean add(long value) {
            if (size * 2 >= slots.length) {
                rehash();
            }
            int mask = slots.length - 1;
            int i = (int) (mix(value) & mask);
            while (used[i]) {
                if (slots[i] == value) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            slots[i] = value;
            size++;
            return true;
        }

        private void rehash() {
            long[] oldSlots = slots;
            boolean[] oldUsed = used;
            slots = new long[oldSlots.length * 2];
            used = new boolean[oldSlots.length * 2];
            size = 0;
            for (int i = 0; i < oldSlots.length; i++) {
                if (oldUsed[i]) {
                    add(oldSlots[i]);
                }
            }
        }

        private static long mix(long x) {
            x ^= x >>> 33;
            x *= 0xff51afd7ed558ccdL;
            x ^= x >>> 33;
            return x;
        }
    }
}
