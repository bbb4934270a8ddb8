/**
 * The event store's format, version 1, defined once. The TypeScript types, the committed JSON
 * Schema (data/events.schema.json) and the validator used by the page and by the CLI all
 * derive from these definitions. Rules that relate one part of the document to another
 * (unique ids, references, end after start) live beside this in crossReferences.ts.
 */
import * as v from 'valibot';
import { DATE_PATTERN, parsePartialDate } from '../model/dates';

// Text must hold something visible: not only spaces, nor only invisible characters (zero-width
// spaces and joiners, direction marks and controls, soft hyphens, byte-order marks), which would
// draw an event with no name. No trimming transform: the validator never changes what it was given.
/** Matches text that holds at least one visible character. */
export const VISIBLE = /[^\s\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
const text = (what: string) => v.pipe(v.string(`${what} must be text`), v.regex(VISIBLE, `${what} must not be empty`));

const slug = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${what} must be a slug of lower-case letters, digits and single hyphens`),
  );

/** A calendar date whose shape is its precision: YYYY, YYYY-MM or YYYY-MM-DD. */
export const DateSchema = v.pipe(
  v.string('a date must be text such as "2012", "2012-02" or "2012-02-26"'),
  v.regex(new RegExp(DATE_PATTERN), 'a date must be written YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check((s) => parsePartialDate(s) !== null, 'this date does not exist in the calendar'),
  v.description('ISO 8601 calendar date; its shape is its precision: YYYY, YYYY-MM or YYYY-MM-DD.'),
);

const HttpUrl = v.pipe(
  v.string('a link must be text'),
  v.regex(/^https?:\/\/\S+$/i, 'a link must be a full http:// or https:// address'),
  v.url('this link is not a valid web address'),
);

/** How sure anyone is that an event happened as recorded. */
export const CERTAINTIES = ['confirmed', 'reported', 'alleged', 'disputed'] as const;
/** What a money figure measures. */
export const VALUE_KINDS = ['announced', 'estimated', 'cumulative'] as const;

/** A sum of money attached to an event, such as an arms deal. */
export const ValueSchema = v.strictObject({
  amount: v.pipe(v.number('an amount must be a number'), v.finite(), v.minValue(0, 'an amount cannot be negative')),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'a currency must be a three-letter ISO 4217 code such as USD')),
  kind: v.picklist(VALUE_KINDS, `kind must be one of: ${VALUE_KINDS.join(', ')}`),
});

/** What one source says when it differs from the record. */
export const ClaimsSchema = v.pipe(
  v.strictObject({
    start: v.optional(DateSchema),
    end: v.optional(DateSchema),
    value: v.optional(ValueSchema),
    certainty: v.optional(v.picklist(CERTAINTIES, `certainty must be one of: ${CERTAINTIES.join(', ')}`)),
    summary: v.optional(text('a claimed summary')),
  }),
  v.check((c) => Object.keys(c).length > 0, 'claims must say at least one thing the source states differently'),
);

/** One source's support for an event: the exact words, and where it disagrees with the record. */
export const CitationSchema = v.strictObject({
  source: text('a citation’s source'),
  quote: text('a quote'),
  claims: v.optional(ClaimsSchema),
  note: v.optional(text('a note')),
});

/** One thing that happened between the two actors. */
export const EventSchema = v.strictObject({
  id: slug('an event id'),
  title: text('a title'),
  summary: text('a summary'),
  start: DateSchema,
  end: v.optional(DateSchema),
  approximate: v.optional(v.boolean('approximate must be true or false')),
  category: text('a category'),
  actors: v.pipe(v.array(text('an actor id')), v.minLength(1, 'an event needs at least one actor')),
  certainty: v.picklist(CERTAINTIES, `certainty must be one of: ${CERTAINTIES.join(', ')}`),
  value: v.optional(ValueSchema),
  sources: v.pipe(
    v.array(CitationSchema, 'sources must be a list of citations'),
    v.minLength(1, 'every event needs at least one source'),
  ),
});

/** A country or other party. Countries use ISO 3166-1 alpha-3 ids such as ISR. */
export const ActorSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^(?:[A-Z]{3}|[a-z0-9]+(?:-[a-z0-9]+)*)$/, 'an actor id must be an ISO 3166-1 alpha-3 code (ISR) or a lower-case slug')),
  name: text('a name'),
});

/** A lane of the timeline. */
export const CategorySchema = v.strictObject({ id: slug('a category id'), label: text('a label') });

/** A published document that events cite. */
export const SourceSchema = v.strictObject({
  id: slug('a source id'),
  title: text('a source title'),
  publisher: text('a publisher'),
  url: HttpUrl,
  published: v.optional(DateSchema),
});

/** A named period drawn as a background band. */
export const EraSchema = v.strictObject({ id: slug('an era id'), title: text('a title'), start: DateSchema, end: DateSchema });

/** How an extracted candidate's date was worked out (see docs/data-format.md, *Drafts*). */
export const DATE_METHODS = [
  'explicit',
  'year-from-context',
  'bare-year',
  'range',
  'vague',
  'publication-relative',
  'narrative-relative',
  'same-occasion',
  'heading',
  'list-item',
] as const;
/** Why a candidate is context rather than an event between the pair. */
export const CONTEXT_REASONS = ['caption', 'outside-pair'] as const;
/** Where a candidate stands in review. */
export const REVIEW_STATUSES = ['unreviewed', 'accepted'] as const;

const offset = (what: string) => v.pipe(v.number(`${what} must be a number`), v.integer(`${what} must be a whole number`), v.minValue(0, `${what} cannot be negative`));

/** What the extractor knows about one candidate event of a draft. */
export const CandidateSchema = v.strictObject({
  status: v.picklist(REVIEW_STATUSES, `status must be one of: ${REVIEW_STATUSES.join(', ')}`),
  confidence: v.pipe(v.number('confidence must be a number'), v.minValue(0, 'confidence is between 0 and 1'), v.maxValue(1, 'confidence is between 0 and 1')),
  dateMethod: v.picklist(DATE_METHODS, `dateMethod must be one of: ${DATE_METHODS.join(', ')}`),
  dateText: text('dateText'),
  sentence: v.strictObject({ start: offset('sentence.start'), end: offset('sentence.end') }),
  context: v.optional(v.picklist(CONTEXT_REASONS, `context must be one of: ${CONTEXT_REASONS.join(', ')}`)),
});

/** A draft's provenance: the article its candidates were read from, and what the extractor thought of each. */
export const DraftSchema = v.strictObject({
  article: v.strictObject({
    title: text('the article title'),
    source: v.optional(slug('the article source id')),
    file: v.optional(text('the article file name')),
    text: text('the article text'),
  }),
  candidates: v.record(slug('a candidate key'), CandidateSchema),
});

/** How lanes are laid out: by category or by actor. */
export const LANE_MODES = ['category', 'actor'] as const;
/** The most steps a story may have (its progress bar and `?step=` stay usable). */
export const MAX_STORY_STEPS = 100;
/** The most characters a step's caption may have (a few sentences beside the chart). */
export const MAX_CAPTION_LENGTH = 800;

const bounded = (what: string, most: number) => v.pipe(text(what), v.maxLength(most, `${what} is at most ${most} characters`));

/** What a window step shows: lists of ids (absent: all of them). */
export const StepFiltersSchema = v.strictObject({
  categories: v.optional(v.pipe(v.array(slug('a category id')), v.minLength(1, 'categories must name at least one category'))),
  actors: v.optional(v.pipe(v.array(text('an actor id')), v.minLength(1, 'actors must name at least one actor'))),
  certainty: v.optional(
    v.pipe(
      v.array(v.picklist(CERTAINTIES, `certainty must be one of: ${CERTAINTIES.join(', ')}`)),
      v.minLength(1, 'certainty must name at least one level'),
    ),
  ),
});

/**
 * One step of a story: an event (its id), or a window of time (`from`, `to`, optionally with
 * filters and a lane mode), with a caption in plain text and an optional title.
 */
export const StoryStepSchema = v.pipe(
  v.strictObject({
    title: v.optional(bounded('a step title', 120)),
    caption: bounded('a caption', MAX_CAPTION_LENGTH),
    event: v.optional(slug('an event id')),
    from: v.optional(DateSchema),
    to: v.optional(DateSchema),
    filters: v.optional(StepFiltersSchema),
    lanes: v.optional(v.picklist(LANE_MODES, `lanes must be one of: ${LANE_MODES.join(', ')}`)),
  }),
  v.check((s) => s.event !== undefined || s.from !== undefined || s.to !== undefined, 'a step needs an event or a window (from and to)'),
  v.check((s) => s.event === undefined || (s.from === undefined && s.to === undefined), 'a step shows an event or a window (from and to), not both'),
  v.check((s) => s.event !== undefined || (s.from !== undefined && s.to !== undefined), 'a window needs both from and to'),
  v.check((s) => s.event === undefined || (s.filters === undefined && s.lanes === undefined), 'filters and lanes belong to window steps, not to event steps'),
);

/** A guided walk through the timeline: a title card, then its steps in order. */
export const StorySchema = v.strictObject({
  id: slug('a story id'),
  title: bounded('a story title', 120),
  summary: v.optional(bounded('a story summary', 600)),
  steps: v.pipe(
    v.array(StoryStepSchema, 'steps must be a list of steps'),
    v.minLength(1, 'a story needs at least one step'),
    v.maxLength(MAX_STORY_STEPS, `a story has at most ${MAX_STORY_STEPS} steps`),
  ),
});

/** One relationship's whole event store. */
export const DatasetSchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.literal(1, 'version must be 1'),
  id: slug('the dataset id'),
  title: text('the title'),
  description: text('the description'),
  pair: v.strictTuple([text('an actor id'), text('an actor id')], 'pair must list exactly two actor ids'),
  actors: v.array(ActorSchema),
  categories: v.pipe(v.array(CategorySchema), v.minLength(1, 'at least one category is needed')),
  sources: v.array(SourceSchema),
  eras: v.array(EraSchema),
  events: v.array(EventSchema),
  stories: v.optional(v.array(StorySchema, 'stories must be a list of stories')),
  draft: v.optional(DraftSchema),
});

/** A validated event store. */
export type Dataset = v.InferOutput<typeof DatasetSchema>;
/** A validated event. */
export type RawEvent = v.InferOutput<typeof EventSchema>;
/** A validated citation. */
export type Citation = v.InferOutput<typeof CitationSchema>;
/** What a source claims differently. */
export type Claims = v.InferOutput<typeof ClaimsSchema>;
/** A money figure. */
export type Value = v.InferOutput<typeof ValueSchema>;
/** One of the certainty levels. */
export type Certainty = (typeof CERTAINTIES)[number];
/** A source document. */
export type Source = v.InferOutput<typeof SourceSchema>;
/** A draft's extraction metadata. */
export type Draft = v.InferOutput<typeof DraftSchema>;
/** What the extractor knows about one candidate. */
export type Candidate = v.InferOutput<typeof CandidateSchema>;
/** A story. */
export type Story = v.InferOutput<typeof StorySchema>;
/** One step of a story. */
export type StoryStep = v.InferOutput<typeof StoryStepSchema>;
/** The filters a window step applies. */
export type StepFilters = v.InferOutput<typeof StepFiltersSchema>;
/** Lanes by category or by actor. */
export type LaneMode = (typeof LANE_MODES)[number];
/** One of the ways a candidate's date was worked out. */
export type DateMethod = (typeof DATE_METHODS)[number];
