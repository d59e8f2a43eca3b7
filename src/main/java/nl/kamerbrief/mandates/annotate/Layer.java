package nl.kamerbrief.mandates.annotate;

/**
 * The typed layers of an {@link AnnotatedText}, each with the record type it holds. Annotators declare which
 * layers they read and which one they add; the pipeline checks the order once, at start-up.
 */
public enum Layer {
    HEADER(DocumentHeader.class),
    SEGMENTS(Segment.class),
    DATES(DateMention.class),
    ENTITIES(EntityMention.class),
    HEADCOUNTS(Headcount.class),
    ACTIONS(ActionCue.class),
    FRAMES(FrameCue.class);

    private final Class<?> type;

    Layer(Class<?> type) {
        this.type = type;
    }

    public Class<?> type() {
        return type;
    }
}
