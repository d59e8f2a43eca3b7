package nl.kamerbrief.mandates.assemble;

import java.util.ArrayList;
import java.util.List;
import nl.kamerbrief.mandates.annotate.Action;
import nl.kamerbrief.mandates.annotate.DateMention;
import nl.kamerbrief.mandates.annotate.EntityMention;
import nl.kamerbrief.mandates.annotate.Headcount;
import nl.kamerbrief.mandates.annotate.Segment;

/**
 * What one statement (a sentence, list item or heading) says about one mission: the values linked to it, the
 * decision, and how the mission was found (named in the statement, or the topic the statement continues).
 */
final class Link {

    /** How a value relates to corrections in the letter. */
    enum DateStatus { PLAIN, CORRECTED, CORRECTION }

    final EntityMention mission;
    final Segment segment;
    final List<Headcount> counts = new ArrayList<>();
    final List<DateMention> ends = new ArrayList<>();
    final List<DateStatus> endStatus = new ArrayList<>();
    /** How the statement's sizes relate to corrections ("Per abuis ... drie personen. Dit moet zijn vier"). */
    DateStatus countStatus = DateStatus.PLAIN;
    DateMention start;
    DateMention duration;
    Action action;
    boolean decision;
    /** The decision is the section heading's ("3. Voortzetting"), not the statement's own words. */
    boolean fromSection;
    boolean viaTopic;
    boolean shared;
    /** The statement states how things stand (no decision), so a later decision supersedes its end date. */
    boolean state;
    /** The segment the mission was named in, when the statement continues it (for the quote). */
    Segment topicSegment;

    Link(EntityMention mission, Segment segment) {
        this.mission = mission;
        this.segment = segment;
    }

    String key() {
        return mission.missionId();
    }

    boolean hasValues() {
        return !counts.isEmpty() || !ends.isEmpty();
    }
}
