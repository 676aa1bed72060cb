package org.servelab.workload;

/**
 * Bad user input: a trace, profile or parameter that cannot be used. The message always names
 * where the problem is (file, line, field) so that it can be shown to the user as one line.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String field;
    private final String problem;

    public InputException(String source, int line, String field, String problem) {
        this(source, line, field, problem, null);
    }

    public InputException(String source, int line, String field, String problem, Throwable cause) {
        super(format(source, line, field, problem), cause);
        this.source = source;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    /** An error about a parameter rather than a file: {@code --quantum-rate: must be > 0}. */
    public static InputException parameter(String name, String problem) {
        return new InputException(null, 0, name, problem);
    }

    private static String format(String source, int line, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (line > 0) {
                sb.append(", line ").append(line);
            }
            sb.append(": ");
        }
        if (field != null) {
            sb.append(source == null ? "" : "field ").append(field).append(": ");
        }
        sb.append(problem);
        return sb.toString();
    }

    /** The file or other source, or {@code null} for a parameter. */
    public String source() {
        return source;
    }

    /** 1-based line number, or 0 when not known. */
    public int line() {
        return line;
    }

    /** The field or parameter name, or {@code null}. */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
