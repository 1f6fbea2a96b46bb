package com.siteline.survey.internal;

import com.siteline.survey.SurveyTrigger;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SurveyRequestRepository
        extends JpaRepository<SurveyRequest, Long>, JpaSpecificationExecutor<SurveyRequest> {

    Optional<SurveyRequest> findByIssueId(long issueId);

    boolean existsByProjectIdAndTrigger(Long projectId, SurveyTrigger trigger);

    boolean existsByVisitId(Long visitId);

    Optional<SurveyRequest> findByTokenHash(String tokenHash);

    List<SurveyRequest> findByCustomerIdOrderByCreatedAtDesc(long customerId);

    @Query("select s.id from SurveyRequest s where s.state = com.siteline.survey.SurveyState.SCHEDULED"
            + " and s.dueAt <= :now order by s.dueAt")
    List<Long> due(@Param("now") Instant now, Pageable page);

    @Query(
            "select s.id from SurveyRequest s where s.state = com.siteline.survey.SurveyState.SENT"
                    + " and s.campaignId is null and s.remindedAt is null and s.sentAt <= :sentBefore and s.expiresAt > :now order by s.sentAt")
    List<Long> toRemind(@Param("sentBefore") Instant sentBefore, @Param("now") Instant now, Pageable page);

    @Query("select s.id from SurveyRequest s where s.state = com.siteline.survey.SurveyState.SENT"
            + " and s.expiresAt <= :now order by s.expiresAt")
    List<Long> expired(@Param("now") Instant now, Pageable page);

    /** Whether the customer was sent a survey since then (the throttle). */
    @Query("select count(s) > 0 from SurveyRequest s where s.customerId = :customerId and s.id <> :except"
            + " and s.sentAt >= :since")
    boolean askedSince(
            @Param("customerId") long customerId, @Param("except") long except, @Param("since") Instant since);

    @Query("select s.customerId, count(s) from SurveyRequest s where s.businessUnitId = :unit"
            + " and s.rating <= :poor and s.answeredAt >= :from and s.answeredAt < :to group by s.customerId")
    List<Object[]> poorByCustomer(
            @Param("unit") long unit, @Param("poor") int poor, @Param("from") Instant from, @Param("to") Instant to);

    /** Members per segment and state of a campaign (its progress without reading every member). */
    @Query("select s.segment, s.state, count(s) from SurveyRequest s where s.campaignId = :campaignId"
            + " group by s.segment, s.state")
    List<Object[]> campaignCounts(@Param("campaignId") long campaignId);

    /** When each answered survey of these units was answered, its rating and handler (the overview's trend). */
    @Query("select s.answeredAt, s.rating, s.handler from SurveyRequest s where s.businessUnitId in :units"
            + " and s.state = com.siteline.survey.SurveyState.ANSWERED and s.rating is not null"
            + " and s.answeredAt >= :from and s.answeredAt < :to")
    List<Object[]> ratingsBetween(
            @Param("units") Collection<Long> units, @Param("from") Instant from, @Param("to") Instant to);

    List<SurveyRequest> findByCampaignIdOrderByCustomerNameAsc(long campaignId);

    @Query("select s.id from SurveyRequest s where s.campaignId = :campaignId"
            + " and s.state = com.siteline.survey.SurveyState.SENT")
    List<Long> unanswered(@Param("campaignId") long campaignId);

    @Query("select s.issueId, s.rating from SurveyRequest s where s.issueId in :issueIds"
            + " and s.state = com.siteline.survey.SurveyState.ANSWERED and s.rating is not null")
    List<Object[]> ratings(@Param("issueIds") Collection<Long> issueIds);

    /** The same for every issue whose id lies in [first, last]: one range of the unique index on issue_id. */
    @Query("select s.issueId, s.rating from SurveyRequest s where s.issueId between :first and :last"
            + " and s.state = com.siteline.survey.SurveyState.ANSWERED and s.rating is not null")
    List<Object[]> ratingsBetween(@Param("first") long first, @Param("last") long last);
}
