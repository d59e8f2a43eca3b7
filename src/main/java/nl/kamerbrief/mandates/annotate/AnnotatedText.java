package nl.kamerbrief.mandates.annotate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.NormalizedText;
import nl.kamerbrief.mandates.text.PageMap;
import nl.kamerbrief.mandates.text.Spanned;
import nl.kamerbrief.mandates.text.TextView;

/**
 * One document's immutable text with its standoff layers, like spaCy's {@code Doc} or CoreNLP's
 * {@code CoreDocument}: every layer is a list sorted by position, every element a record with source offsets.
 * {@link #with(Layer, List)} returns a new instance; nothing is ever changed in place.
 */
public final class AnnotatedText {

    private final DocumentContext context;
    private final NormalizedText text;
    private final TextView view;
    private final PageMap pages;
    private final Map<Layer, List<?>> layers;

    private AnnotatedText(DocumentContext context, NormalizedText text, TextView view, PageMap pages,
                          Map<Layer, List<?>> layers) {
        this.context = context;
        this.text = text;
        this.view = view;
        this.pages = pages;
        this.layers = layers;
    }

    public static AnnotatedText of(DocumentContext context, NormalizedText text, PageMap pages) {
        return new AnnotatedText(context, text, TextView.of(text), pages, new EnumMap<>(Layer.class));
    }

    /** A copy with {@code layer} set to {@code elements}, checked for type and sorted by position. */
    public AnnotatedText with(Layer layer, List<?> elements) {
        Objects.requireNonNull(elements, "elements");
        List<Object> copy = new ArrayList<>(elements.size());
        for (Object e : elements) {
            if (!layer.type().isInstance(e)) {
                throw new IllegalArgumentException(layer + " holds " + layer.type().getSimpleName() + ", not " + e);
            }
            if (e instanceof Spanned s && s.end() > text.length()) {
                throw new IllegalArgumentException(layer + " element beyond the text: " + e);
            }
            copy.add(e);
        }
        if (!copy.isEmpty() && copy.get(0) instanceof Spanned) {
            copy.sort((a, b) -> Spanned.BY_POSITION.compare((Spanned) a, (Spanned) b));
        }
        Map<Layer, List<?>> next = new EnumMap<>(Layer.class);
        next.putAll(layers);
        next.put(layer, Collections.unmodifiableList(copy));
        return new AnnotatedText(context, text, view, pages, next);
    }

    public boolean has(Layer layer) {
        return layers.containsKey(layer);
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> layer(Layer layer, Class<T> type) {
        if (!type.equals(layer.type())) {
            throw new IllegalArgumentException(layer + " holds " + layer.type().getSimpleName());
        }
        List<?> l = layers.get(layer);
        if (l == null) {
            throw new IllegalStateException("layer " + layer + " has not been annotated yet");
        }
        return (List<T>) l;
    }

    public DocumentContext context() {
        return context;
    }

    public NormalizedText text() {
        return text;
    }

    public TextView view() {
        return view;
    }

    public PageMap pages() {
        return pages;
    }

    public DocumentHeader header() {
        List<DocumentHeader> h = layer(Layer.HEADER, DocumentHeader.class);
        return h.isEmpty() ? DocumentHeader.NONE : h.get(0);
    }

    public List<Segment> segments() {
        return layer(Layer.SEGMENTS, Segment.class);
    }

    public List<DateMention> dates() {
        return layer(Layer.DATES, DateMention.class);
    }

    public List<EntityMention> entities() {
        return layer(Layer.ENTITIES, EntityMention.class);
    }

    public List<Headcount> headcounts() {
        return layer(Layer.HEADCOUNTS, Headcount.class);
    }

    public List<ActionCue> actions() {
        return layer(Layer.ACTIONS, ActionCue.class);
    }

    public List<FrameCue> frames() {
        return layer(Layer.FRAMES, FrameCue.class);
    }

    /** The segment holding source offset {@code sourceIndex} (binary search; segments are sorted), or null. */
    public Segment segmentAt(int sourceIndex) {
        List<Segment> segs = segments();
        int lo = 0;
        int hi = segs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Segment s = segs.get(mid);
            if (s.span().end() <= sourceIndex) {
                lo = mid + 1;
            } else if (s.span().start() > sourceIndex) {
                hi = mid - 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** The elements of a sorted layer that lie inside {@code span}. */
    public static <T extends Spanned> List<T> within(List<T> sorted, CharSpan span) {
        List<T> out = new ArrayList<>();
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sorted.size() && sorted.get(i).start() < span.end(); i++) {
            if (sorted.get(i).end() <= span.end()) {
                out.add(sorted.get(i));
            }
        }
        return out;
    }
}
