package nl.kamerbrief.mandates.rules;

/** One problem in a rule file, with the file and line a user should open. */
public record RuleProblem(String file, int line, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static RuleProblem error(String file, int line, String message) {
        return new RuleProblem(file, line, Severity.ERROR, message);
    }

    public static RuleProblem warning(String file, int line, String message) {
        return new RuleProblem(file, line, Severity.WARNING, message);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
