/**
 * The review report of a dataset: a folder that opens offline from disk, with a timeline of every mission, a
 * filterable table of records, and one page per document with each record's evidence highlighted. Record data sits
 * in script files loaded when needed (a page opened from disk may not fetch), document pages load only when opened.
 */
package nl.kamerbrief.mandates.report;
