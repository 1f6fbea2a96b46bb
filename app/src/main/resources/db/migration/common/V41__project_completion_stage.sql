-- A project's works are completed when its variant's completion stage is accepted (BusinessVariant.completionStage,
-- SDK 1.5), which need not be its last stage; closed_at is when it left its last stage (before, completed_at meant both).
alter table project add column closed_at datetime(6) null;
update project set closed_at = completed_at where completed_at is not null;
-- Home decoration completes at its completion acceptance (竣工验收), before warranty and return visits: its projects
-- take their completion from their stage history.
update project set completed_at = (select min(e.at) from project_stage_event e
        where e.project_id = project.id and e.from_stage = 'completion-acceptance')
    where variant_id = 'home-decoration'
      and exists (select 1 from project_stage_event e
        where e.project_id = project.id and e.from_stage = 'completion-acceptance');
