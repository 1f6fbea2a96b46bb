-- Meetings and their minutes (会议记录, seeds 000, 001, 004): a meeting of a unit, of a project or not, of a kind; planned
-- (a post-project review due after completion) or held, with agenda, minutes and decisions. Published minutes reach
-- every attendee; owners' committee minutes are reviewed by a manager of the unit and approved by the committee's
-- chair (a customer attendee, in the portal) before they are published.
create table meeting (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    business_unit_id bigint        not null,
    project_id       bigint        null,
    kind             varchar(24)   not null,
    title            varchar(200)  not null,
    state            varchar(12)   not null,
    due_on           date          null,
    held_at          datetime(6)   null,
    place            varchar(200)  null,
    agenda           varchar(2000) null,
    minutes          varchar(8000) null,
    decisions        varchar(2000) null,
    organizer        varchar(60)   not null,
    reviewed_by      varchar(60)   null,
    reviewed_at      datetime(6)   null,
    approved_at      datetime(6)   null,
    published_at     datetime(6)   null,
    escalated        boolean       not null default false,
    created_at       datetime(6)   not null,
    constraint uq_meeting_review unique (project_id, kind, due_on)
);
create index ix_meeting_unit on meeting (business_unit_id, state, held_at);

-- Who attended a meeting (or was asked to and was absent): a staff user or a customer; the committee's chair; when
-- they received the minutes (a customer opening them in the portal, anyone acknowledging them).
create table meeting_attendee (
    id              bigint       not null auto_increment primary key,
    meeting_id      bigint       not null,
    username        varchar(60)  null,
    customer_id     bigint       null,
    present         boolean      not null,
    chair           boolean      not null,
    opened_at       datetime(6)  null,
    acknowledged_at datetime(6)  null,
    constraint fk_meeting_attendee foreign key (meeting_id) references meeting (id)
);
create index ix_meeting_attendee_customer on meeting_attendee (customer_id);

-- A meeting's action items: what, who, by when; done or still open (overdue ones tell their owner once).
create table meeting_action (
    id               bigint       not null auto_increment primary key,
    version          bigint       not null default 0,
    meeting_id       bigint       not null,
    business_unit_id bigint       not null,
    text             varchar(500) not null,
    owner            varchar(60)  not null,
    due_on           date         not null,
    done_at          datetime(6)  null,
    done_by          varchar(60)  null,
    reminded         boolean      not null default false,
    constraint fk_meeting_action foreign key (meeting_id) references meeting (id)
);
create index ix_meeting_action_owner on meeting_action (owner, done_at, due_on);
