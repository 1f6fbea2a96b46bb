package com.siteline.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Who a campaign asks (seed 004): the focus group first — at least the focus share of the unit's customers, those
 * with the most complaints and poor ratings in the previous year (ties broken by the seed) — then the sample rate
 * of everyone else, drawn with the seed. The same candidates, numbers and seed always give the same sample.
 */
public final class CampaignSample {

    /** A customer who could be asked, with last year's complaints and poor ratings. */
    public record Candidate(long customerId, String name, int complaints, int poorRatings) {

        int weight() {
            return complaints + poorRatings;
        }
    }

    /** A chosen customer, why (FOCUS with their rank, or SAMPLED / ALL) and last year's figures. */
    public record Member(Candidate candidate, String segment, int rank) {}

    public static final String FOCUS = "FOCUS";
    public static final String SAMPLED = "SAMPLED";
    public static final String ALL = "ALL";

    private CampaignSample() {}

    public static List<Member> select(List<Candidate> candidates, double focusShare, double sampleRate, long seed) {
        if (focusShare < 0 || focusShare > 1 || sampleRate <= 0 || sampleRate > 1) {
            throw new IllegalArgumentException("shares are between 0 and 1");
        }
        Random random = new Random(seed);
        // a fixed order first, so the seed alone decides ties and the draw
        List<Candidate> pool = new ArrayList<>(candidates);
        pool.sort(Comparator.comparingLong(Candidate::customerId));
        List<Double> ties = new ArrayList<>();
        pool.forEach(c -> ties.add(random.nextDouble()));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -pool.get(i).weight()).thenComparingDouble(ties::get));
        int focus = (int) Math.ceil(focusShare * pool.size());
        List<Member> members = new ArrayList<>();
        for (int r = 0; r < focus; r++) {
            members.add(new Member(pool.get(order.get(r)), FOCUS, r + 1));
        }
        List<Candidate> rest = new ArrayList<>();
        for (int r = focus; r < order.size(); r++) {
            rest.add(pool.get(order.get(r)));
        }
        rest.sort(Comparator.comparingLong(Candidate::customerId));
        if (sampleRate >= 1) {
            rest.forEach(c -> members.add(new Member(c, focus == 0 ? ALL : SAMPLED, 0)));
            return members;
        }
        java.util.Collections.shuffle(rest, random);
        int take = (int) Math.round(sampleRate * rest.size());
        for (int i = 0; i < take; i++) {
            members.add(new Member(rest.get(i), SAMPLED, 0));
        }
        return members;
    }
}
