package com.siteline.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.survey.CampaignSample.Candidate;
import com.siteline.survey.CampaignSample.Member;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The campaign sample (seed 004): its sizes, the focus group always in it, the seed deciding everything else. */
class CampaignSampleTest {

    private static List<Candidate> customers(int n, long seed) {
        Random random = new Random(seed);
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int complaints = random.nextInt(10) < 3 ? random.nextInt(5) : 0;
            list.add(new Candidate(1000 + i, "客户" + i, complaints, random.nextInt(10) == 0 ? 1 : 0));
        }
        return list;
    }

    private static Set<Long> ids(List<Member> members, String segment) {
        return members.stream()
                .filter(m -> segment == null || m.segment().equals(segment))
                .map(m -> m.candidate().customerId())
                .collect(Collectors.toSet());
    }

    @Test
    void aSampledSurveyTakesTheFocusShareThenTheRateOfTheRest() {
        List<Member> members = CampaignSample.select(customers(100, 1), 0.2, 0.5, 42);
        assertThat(ids(members, CampaignSample.FOCUS)).hasSize(20);
        assertThat(ids(members, CampaignSample.SAMPLED)).hasSize(40);
        assertThat(ids(members, null)).hasSize(60);
        // a share that does not come out even rounds the focus group up: at least 20 %
        assertThat(ids(CampaignSample.select(customers(101, 1), 0.2, 0.5, 42), CampaignSample.FOCUS))
                .hasSize(21);
    }

    @Test
    void theFocusGroupIsAlwaysTheMostComplainingCustomersWhateverTheSeed() {
        List<Candidate> candidates = customers(300, 7);
        List<Candidate> byWeight = new ArrayList<>(candidates);
        byWeight.sort((a, b) -> Integer.compare(b.complaints() + b.poorRatings(), a.complaints() + a.poorRatings()));
        int cut = byWeight.get(59).complaints() + byWeight.get(59).poorRatings();
        Set<Long> mustBeIn = byWeight.stream()
                .filter(c -> c.complaints() + c.poorRatings() > cut)
                .map(Candidate::customerId)
                .collect(Collectors.toSet());
        Random seeds = new Random(3);
        for (int i = 0; i < 50; i++) {
            List<Member> members = CampaignSample.select(candidates, 0.2, 0.5, seeds.nextLong());
            Set<Long> focus = ids(members, CampaignSample.FOCUS);
            assertThat(focus).hasSize(60).containsAll(mustBeIn);
            assertThat(members.stream()
                            .filter(m -> m.segment().equals(CampaignSample.FOCUS))
                            .mapToInt(Member::rank))
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 60)
                            .boxed()
                            .toList());
            // nobody with fewer complaints is in the focus group while one with more is left out
            int least = members.stream()
                    .filter(m -> m.segment().equals(CampaignSample.FOCUS))
                    .mapToInt(m -> m.candidate().complaints() + m.candidate().poorRatings())
                    .min()
                    .orElseThrow();
            assertThat(candidates.stream()
                            .filter(c -> !focus.contains(c.customerId()))
                            .mapToInt(c -> c.complaints() + c.poorRatings())
                            .max()
                            .orElseThrow())
                    .isLessThanOrEqualTo(least);
        }
    }

    @Test
    void theSameSeedGivesTheSameSampleInWhateverOrderTheCandidatesCome() {
        List<Candidate> candidates = customers(500, 11);
        List<Member> first = CampaignSample.select(candidates, 0.2, 0.5, 20260601L);
        List<Candidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new Random(5));
        List<Member> again = CampaignSample.select(shuffled, 0.2, 0.5, 20260601L);
        assertThat(again).containsExactlyElementsOf(first);
        List<Member> other = CampaignSample.select(candidates, 0.2, 0.5, 20260602L);
        assertThat(ids(other, CampaignSample.SAMPLED)).isNotEqualTo(ids(first, CampaignSample.SAMPLED));
    }

    @Test
    void aFullSurveyAsksEveryone() {
        List<Candidate> candidates = customers(77, 2);
        List<Member> members = CampaignSample.select(candidates, 0, 1.0, 9);
        assertThat(members).hasSize(77).allSatisfy(m -> assertThat(m.segment()).isEqualTo(CampaignSample.ALL));
        assertThat(CampaignSample.select(List.of(), 0.2, 0.5, 1)).isEmpty();
    }
}
