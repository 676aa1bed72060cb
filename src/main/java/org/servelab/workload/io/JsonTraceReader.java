package org.servelab.workload.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.servelab.workload.InputException;
import org.servelab.workload.Job;
import org.servelab.workload.JobColumns;
import org.servelab.workload.TimeUnit;
import org.servelab.workload.Trace;

/**
 * Reads the ServeLab trace JSON as a stream: the parser walks the text once, so that every value keeps the
 * line it was written on and no tree of the file is built. Each job object is collected into one reused
 * set of slots before it is checked, so that an error can name the job's id even when the id comes after
 * the bad field; once checked, it becomes a row of a {@link JobColumns} and the slots are cleared for the next
 * one.
 */
final class JsonTraceReader {

    /**
     * Decimals are rounded as Java rounds them, only faster; the caller closes the text it passes. A plain
     * factory, not a mapper: building an {@code ObjectMapper} costs a tenth of a second of class loading on
     * every command that reads a trace.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    /** The mapper, built only for a structured value outside the jobs (which a valid trace does not have). */
    private static final class Trees {
        static final ObjectMapper MAPPER = JsonMapper.builder().build();
    }
    private static final List<String> TRACE_FIELDS = List.of("name", "timeUnit", "jobs");
    private static final List<String> JOB_FIELDS =
            List.of("id", "arrival", "promptTokens", "outputTokens", "prefillTime", "decodeTime", "predicted");
    private static final int ID = 0;
    private static final int ARRIVAL = 1;
    private static final int PROMPT = 2;
    private static final int OUTPUT = 3;
    private static final int PREFILL = 4;
    private static final int DECODE = 5;
    private static final int PREDICTED = 6;

    private final String source;
    private final int maxJobs;
    /** Whether the jobs carry arrival times; known once the jobs are read. */
    private boolean hasArrivals;
    /** Whether a job was read, and whether the first has an arrival (for {@link SplitJsonRead}). */
    private boolean anyJob;
    private boolean firstHasArrival;
    /** The stream of a read on two threads, or {@code null}; whether its second part was taken in. */
    private SplitJsonRead.Spliced splice;
    private boolean spliced;

    private JsonTraceReader(String source, int maxJobs) {
        this.source = source;
        this.maxJobs = maxJobs;
    }

    /**
     * Reads a trace from {@code in}, which must not start with a byte order mark (the caller drops it);
     * a job past the first {@code maxJobs} is refused with a {@link TraceReader.TooManyJobs}.
     *
     * @throws IOException when {@code in} fails (a {@link java.nio.charset.CharacterCodingException} when
     *                     its bytes are not UTF-8); every problem of the JSON itself is an {@link InputException}
     */
    static Trace read(String source, Reader in, int maxJobs) throws IOException {
        return new JsonTraceReader(source, maxJobs).parse(FACTORY.createParser(in));
    }

    /**
     * As above from UTF-8 bytes, parsed as bytes: faster than decoding them first. The caller checks that
     * they are UTF-8 ({@link Utf8Checked}) and that they do not start with a byte order mark or a zero byte
     * (the parser would take a zero byte in the first four for UTF-16 or UTF-32).
     */
    static Trace read(String source, InputStream utf8, int maxJobs) throws IOException {
        return new JsonTraceReader(source, maxJobs).parse(FACTORY.createParser(utf8));
    }

    /**
     * The trace from {@code in}, the bytes of {@link SplitJsonRead.Spliced}: the jobs before the cut are read
     * here, the ones after it are taken from the second part when it fits. On any failure (a repeated id
     * included) the caller reads the file again on one thread, which reports it.
     */
    static Trace readSpliced(String source, InputStream in, SplitJsonRead.Spliced splice) throws IOException {
        JsonTraceReader reader = new JsonTraceReader(source, Integer.MAX_VALUE);
        reader.splice = splice;
        splice.accept(part -> reader.anyJob && part.firstHasArrival() == reader.firstHasArrival);
        Trace trace = reader.parse(FACTORY.createParser(in));
        if (splice.taken() != null && !reader.spliced) {
            throw new IllegalStateException("the cut was not between two jobs");
        }
        return trace;
    }

    /**
     * The jobs of {@code in}: a {@code [} and then the file from a job object on, to the end of the jobs
     * array. {@code base} is the file's byte at the stream's first; the part's end of array is given in the
     * file's bytes. Any problem, or a job without an id (its default id depends on the jobs before), or with an
     * arrival where the part's first has none or the other way round, throws.
     */
    static SplitJsonRead.Part readPart(String source, InputStream in, long base, AtomicBoolean cancelled)
            throws IOException {
        JsonTraceReader reader = new JsonTraceReader(source, Integer.MAX_VALUE);
        try (JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("not a job object");
            }
            JobColumns.Builder out = new JobColumns.Builder();
            RawJob raw = reader.new RawJob();
            boolean firstHasArrival = false;
            JsonToken t = JsonToken.START_OBJECT;
            while (t != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_OBJECT || cancelled.get()) {
                    throw new IllegalStateException("not a job object");
                }
                raw.read(p, tokenRow(p), out.size());
                if (!raw.has(ID)) {
                    throw new IllegalStateException("a job without an id");
                }
                Job job = reader.job(raw);
                if (out.size() == 0) {
                    firstHasArrival = raw.has(ARRIVAL);
                } else if (raw.has(ARRIVAL) != firstHasArrival) {
                    throw new IllegalStateException("mixed arrivals");
                }
                if (out.add(job, raw.line) >= 0) {
                    throw new IllegalStateException("a repeated id");
                }
                t = p.nextToken();
            }
            return new SplitJsonRead.Part(out.build(), firstHasArrival,
                    base + p.currentTokenLocation().getByteOffset());
        }
    }

    private Trace parse(JsonParser parser) throws IOException {
        try (JsonParser p = parser) {
            return trace(p);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(source, line, JsonText.path(e), "malformed JSON: " + JsonText.shortReason(e), e);
        }
    }

    private Trace trace(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new InputException(source, 0, null, "the file is empty");
        }
        int line = line(p);
        if (t != JsonToken.START_OBJECT) {
            throw new InputException(source, line, null,
                    "expected a trace object {\"jobs\": [...]}, found " + JsonText.describe(value(p)));
        }
        String name = null;
        TimeUnit unit = TimeUnit.MS;
        JobColumns jobs = null;
        List<String> seen = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            FieldAt at = new FieldAt(source, line(p), field, null);
            if (seen.contains(field)) {
                throw at.error("appears twice");
            }
            seen.add(field);
            p.nextToken();
            switch (field) {
                case "name" -> name = name(value(p), at);
                case "timeUnit" -> unit = timeUnit(value(p), at);
                case "jobs" -> jobs = jobs(p, at);
                default -> throw at.error(JsonText.unknownField(field, TRACE_FIELDS, "a trace"));
            }
        }
        if (p.nextToken() != null) {
            throw new InputException(source, line(p), null, "unexpected content after the trace object");
        }
        if (jobs == null) {
            throw new InputException(source, line, "jobs", "missing: a trace needs a \"jobs\" array");
        }
        String traceName = name == null ? SourceNames.stem(source) : name;
        return new Trace(traceName, unit, jobs, hasArrivals);
    }

    private String name(JsonNode node, FieldAt at) {
        if (JsonText.isAbsent(node)) {
            return null;
        }
        if (!node.isTextual()) {
            throw at.error("must be a text, got " + JsonText.describe(node));
        }
        return node.asText().isBlank() ? null : node.asText();
    }

    private TimeUnit timeUnit(JsonNode node, FieldAt at) {
        if (JsonText.isAbsent(node)) {
            return TimeUnit.MS;
        }
        TimeUnit unit = node.isTextual() ? TimeUnit.fromSymbol(node.asText()) : null;
        if (unit == null) {
            throw at.error("must be \"us\", \"ms\" or \"s\", got " + JsonText.describe(node));
        }
        return unit;
    }

    /** Reads and checks the jobs one at a time, so that only the finished jobs stay in memory. */
    private JobColumns jobs(JsonParser p, FieldAt at) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw at.error("must be an array of job objects, got " + JsonText.describe(value(p)));
        }
        JobColumns.Builder out = new JobColumns.Builder();
        RawJob raw = new RawJob();
        boolean firstHasArrival = false;
        int firstLine = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                int line = line(p);
                throw new FieldAt(source, line, "jobs[" + out.size() + "]", null)
                        .error("must be a job object, got " + JsonText.describe(value(p)));
            }
            int start = tokenRow(p);
            if (out.size() >= maxJobs) {
                JsonLocation where = p.currentTokenLocation();
                throw new TraceReader.TooManyJobs(source, start, maxJobs,
                        where.getCharOffset() >= 0 ? where.getCharOffset() : where.getByteOffset());
            }
            raw.read(p, start, out.size());
            Job job = job(raw);
            boolean first = out.size() == 0;
            int idLine = raw.given[ID] ? raw.lines[ID] : raw.line;
            int firstIdLine = out.add(job, idLine);
            if (firstIdLine >= 0) {
                throw new FieldAt(source, idLine, raw.path() + ".id", null).error("job id " + job.id()
                        + " appears twice: on line " + firstIdLine + " and on line " + idLine);
            }
            if (first) {
                firstHasArrival = raw.has(ARRIVAL);
                firstLine = raw.line;
                this.firstHasArrival = firstHasArrival;
                anyJob = true;
            } else if (raw.has(ARRIVAL) != firstHasArrival) {
                throw mixedArrivals(firstLine, raw, job.id());
            }
        }
        if (splice != null && splice.taken() != null) {
            // the array must end where the second part was taken in: else the cut was not between two jobs
            if (p.currentTokenLocation().getByteOffset() != splice.cutOffset()) {
                throw new IllegalStateException("the cut was not between two jobs");
            }
            spliced = true;
            // an id of the second part that the first has: the caller reads the file again to report it
            if (out.addAll(splice.taken().jobs()) >= 0) {
                throw new IllegalStateException("a repeated id");
            }
        }
        if (out.size() == 0) {
            throw at.error("has no jobs: a trace needs at least one");
        }
        hasArrivals = firstHasArrival;
        return out.build();
    }

    private InputException mixedArrivals(int firstLine, RawJob other, String otherId) {
        String field = other.path() + ".arrival";
        if (other.has(ARRIVAL)) {
            return new FieldAt(source, other.lines[ARRIVAL], field, otherId)
                    .error("given, but jobs[0] (line " + firstLine + ") has none: give every job an arrival or none");
        }
        return new FieldAt(source, other.line, field, otherId)
                .error("missing, but jobs[0] (line " + firstLine + ") has one: give every job an arrival or none");
    }

    private Job job(RawJob raw) {
        String id = id(raw);
        if (raw.unknown != null) {
            throw new FieldAt(source, raw.unknownLine, raw.path() + "." + raw.unknown, id)
                    .error(JsonText.unknownField(raw.unknown, JOB_FIELDS, "a job"));
        }
        Double prefill = optionalTime(raw, PREFILL, id);
        Double decode = optionalTime(raw, DECODE, id);
        int prompt = raw.has(PROMPT) || prefill == null || decode == null
                ? whole(raw, PROMPT, id, 0, "it may be left out only when the job gives both prefillTime and decodeTime")
                : 0;
        int output = whole(raw, OUTPUT, id, 1, "every job needs one");
        double arrival = raw.has(ARRIVAL) ? nonNegative(raw, ARRIVAL, id) : 0;
        if (prefill != null && decode != null && !FieldAt.isService(prefill, decode, output)) {
            at(raw, DECODE, id).service(prefill, decode, output);
        }
        Integer predicted = raw.has(PREDICTED) ? whole(raw, PREDICTED, id, 1) : null;
        return new Job(id, arrival, prompt, output, prefill, decode, predicted);
    }

    private String id(RawJob raw) {
        if (!raw.has(ID)) {
            return "J" + (raw.index + 1);
        }
        JsonToken t = raw.tokens[ID];
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return raw.nodes[ID] != null ? raw.nodes[ID].asText() : Integer.toString((int) raw.numbers[ID]);
        }
        if (t != JsonToken.VALUE_STRING) {
            throw at(raw, ID, null).error("must be a text, got " + JsonText.describe(raw.node(ID)));
        }
        if (raw.texts[ID].isBlank()) {
            throw at(raw, ID, null).error("must not be blank");
        }
        return raw.texts[ID];
    }

    // The checks below build the FieldAt that words an error only when there is one to word.

    private Double optionalTime(RawJob raw, int field, String id) {
        if (!raw.has(field)) {
            return null;
        }
        double v = number(raw, field, id);
        return FieldAt.isPositive(v) ? v : at(raw, field, id).positive(v);
    }

    private double nonNegative(RawJob raw, int field, String id) {
        double v = number(raw, field, id);
        return FieldAt.isNonNegative(v) ? v : at(raw, field, id).nonNegative(v);
    }

    private int whole(RawJob raw, int field, String id, int min, String whyRequired) {
        if (!raw.given[field]) {
            throw new FieldAt(source, raw.line, raw.path() + "." + JOB_FIELDS.get(field), id).error("missing: " + whyRequired);
        }
        return whole(raw, field, id, min);
    }

    private int whole(RawJob raw, int field, String id, int min) {
        double v = number(raw, field, id);
        return FieldAt.isWhole(v, min) ? (int) v : at(raw, field, id).whole(v, min);
    }

    private double number(RawJob raw, int field, String id) {
        JsonToken t = raw.tokens[field];
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw at(raw, field, id).error("must be a number, got " + JsonText.describe(raw.node(field)));
        }
        return raw.numbers[field];
    }

    /** Where the job's field was written; {@code id} is the job's id for the message, or {@code null}. */
    private FieldAt at(RawJob raw, int field, String id) {
        return new FieldAt(source, raw.lines[field], raw.path() + "." + JOB_FIELDS.get(field), id);
    }

    /**
     * The value at the current token, for the few values outside the jobs. Scalars are built directly: going
     * through the mapper costs a deserialization context apiece.
     */
    private static JsonNode value(JsonParser p) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (p.currentToken()) {
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.INT ? f.numberNode(p.getIntValue())
                    : f.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> f.numberNode(p.getDoubleValue());
            case VALUE_STRING -> f.textNode(p.getText());
            case VALUE_TRUE, VALUE_FALSE -> f.booleanNode(p.getBooleanValue());
            case VALUE_NULL -> f.nullNode();
            default -> Trees.MAPPER.readTree(p);
        };
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /*
     * Jackson's parsers tell the row of the current token without building a JsonLocation (a million
     * jobs would build millions). At a field name, though, they tell the row of its value: the name's own
     * row comes from its location.
     */

    /** The row of the current token; at a field name, of its value (see above). */
    private static int tokenRow(JsonParser p) {
        return p instanceof ParserBase b ? b.getTokenLineNr() : line(p);
    }

    private static int field(String name) {
        return switch (name) {
            case "id" -> ID;
            case "arrival" -> ARRIVAL;
            case "promptTokens" -> PROMPT;
            case "outputTokens" -> OUTPUT;
            case "prefillTime" -> PREFILL;
            case "decodeTime" -> DECODE;
            case "predicted" -> PREDICTED;
            default -> -1;
        };
    }

    /**
     * One job object as written, in slots reused from job to job: for each known field whether it was
     * given, its line and its value (a number, a text, or, for anything else, a tree of the value); for
     * the first unknown field, its name and line.
     */
    private final class RawJob {

        int index;
        /** The line the object starts on. */
        int line;
        final boolean[] given = new boolean[JOB_FIELDS.size()];
        final int[] lines = new int[JOB_FIELDS.size()];
        final JsonToken[] tokens = new JsonToken[JOB_FIELDS.size()];
        /** The value of a number, as a double. */
        final double[] numbers = new double[JOB_FIELDS.size()];
        /** The value of a text. */
        final String[] texts = new String[JOB_FIELDS.size()];
        /** The value of anything else, and of an integer beyond the int range. */
        final JsonNode[] nodes = new JsonNode[JOB_FIELDS.size()];
        String unknown;
        int unknownLine;
        /** Unknown names seen in this object, to find one written twice; usually {@code null}. */
        List<String> unknownNames;

        /** Reads the object the parser is at ({@code START_OBJECT}), up to and including its end. */
        void read(JsonParser p, int startLine, int jobIndex) throws IOException {
            index = jobIndex;
            line = startLine;
            Arrays.fill(given, false);
            Arrays.fill(texts, null);
            Arrays.fill(nodes, null);
            unknown = null;
            unknownNames = null;
            // the row the previous token ended on, or -1 when not known
            int previous = startLine;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int valueRow = tokenRow(p);
                // a name sits between the previous token and its value: on their row when they share one
                int at = valueRow == previous ? valueRow : line(p);
                int f = field(name);
                if (f < 0 ? unknownSeen(name) : given[f]) {
                    throw new FieldAt(source, at, path() + "." + name, null).error("appears twice");
                }
                JsonToken t = p.nextToken();
                if (f < 0) {
                    if (unknown == null) {
                        unknown = name;
                        unknownLine = at;
                    }
                    // the value is never used, but must still be well-formed JSON
                    p.skipChildren();
                    previous = t.isStructStart() ? -1 : valueRow;
                    continue;
                }
                given[f] = true;
                lines[f] = at;
                tokens[f] = t;
                switch (t) {
                    case VALUE_NUMBER_INT -> {
                        if (p.getNumberType() == JsonParser.NumberType.INT) {
                            numbers[f] = p.getIntValue();
                        } else {
                            nodes[f] = JsonNodeFactory.instance.numberNode(p.getBigIntegerValue());
                            numbers[f] = nodes[f].doubleValue();
                        }
                    }
                    case VALUE_NUMBER_FLOAT -> numbers[f] = p.getDoubleValue();
                    case VALUE_STRING -> texts[f] = p.getText();
                    default -> nodes[f] = value(p);
                }
                // a scalar, text included, ends on the row it starts on
                previous = t.isStructStart() ? -1 : valueRow;
            }
        }

        private boolean unknownSeen(String name) {
            if (unknownNames == null) {
                unknownNames = new ArrayList<>(2);
            }
            if (unknownNames.contains(name)) {
                return true;
            }
            unknownNames.add(name);
            return false;
        }

        String path() {
            return "jobs[" + index + "]";
        }

        /** Whether the field is given with a value other than {@code null}. */
        boolean has(int f) {
            return given[f] && tokens[f] != JsonToken.VALUE_NULL;
        }

        /** The field's value as a tree, for a message. */
        JsonNode node(int f) {
            return switch (tokens[f]) {
                case VALUE_STRING -> JsonNodeFactory.instance.textNode(texts[f]);
                case VALUE_NUMBER_FLOAT -> JsonNodeFactory.instance.numberNode(numbers[f]);
                case VALUE_NUMBER_INT -> nodes[f] != null ? nodes[f] : JsonNodeFactory.instance.numberNode((int) numbers[f]);
                default -> nodes[f];
            };
        }
    }
}
