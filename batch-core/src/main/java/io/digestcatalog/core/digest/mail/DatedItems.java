package io.digestcatalog.core.digest.mail;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestRef;
import io.digestcatalog.core.digest.RejectedEntry;
import io.digestcatalog.core.digest.ResolvedDate;

/**
 * Puts the right words on the date of a message's items. A message body is dated by its
 * Date header by handing that date on as if it were explicit, so the body's parser
 * reports it as given by the operator; this says "from the Date header" instead.
 *
 * @param asExplicit how the body's parser words the date it was handed
 * @param fromHeader the date and words the message's own digest has
 * @param relabel whether the date came from the header (not from the operator)
 */
record DatedItems(ResolvedDate asExplicit, ResolvedDate fromHeader, boolean relabel) {

	DigestItem relabel(DigestItem item) {
		DigestRef ref = item.digest();
		if (!this.relabel || !this.asExplicit.equals(new ResolvedDate(ref.date(), ref.dateOrigin()))) {
			return item;
		}
		DigestRef dated = new DigestRef(ref.sha256(), ref.location(), ref.format(), this.fromHeader.date(),
				this.fromHeader.origin());
		if (item instanceof DigestEntry e) {
			return new DigestEntry(dated, e.ordinal(), e.line(), e.title(), e.abstractText(), e.authors(), e.arxivId(),
					e.doi(), e.details());
		}
		RejectedEntry r = (RejectedEntry) item;
		return new RejectedEntry(dated, r.ordinal(), r.line(), r.reason(), r.rawText());
	}

}
