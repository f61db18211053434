package io.digestcatalog.core.artifact.pdf;

import java.util.Set;

/** The words {@link NameParser} knows are no part of a person's name. */
final class NameWords {

	/** Words of affiliations and addresses: a line with one is no line of names. */
	static final Set<String> AFFILIATION = Set.of("university", "universität", "universidad", "università",
			"universite", "université", "univ", "department", "dept", "institute", "institut", "instituto", "istituto",
			"laboratory", "laboratories", "lab", "labs", "center", "centre", "school", "college", "faculty", "division",
			"corporation", "corp", "inc", "ltd", "llc", "gmbh", "research", "academy", "hospital", "foundation",
			"company", "street", "avenue", "ave", "road", "suite", "campus", "usa", "uk", "germany", "china", "japan",
			"france", "italy", "india", "canada", "korea", "israel", "australia", "spain", "netherlands", "switzerland",
			"singapore", "brazil", "russia", "america", "microsoft", "google", "yahoo", "ibm", "facebook", "amazon",
			"nvidia", "adobe", "baidu", "alibaba", "tencent", "deepmind", "openai", "dipartimento", "informatica",
			"studi", "degli", "email", "e-mail");

	/** Words that are no part of a name (but may share a line with names). */
	static final Set<String> ORDINARY = Set.of("abstract", "introduction", "keywords", "correspondence", "equal",
			"contribution", "contributed", "authors", "author", "corresponding", "preprint", "draft", "proceedings",
			"conference", "journal", "workshop", "vol", "volume", "dated", "received", "accepted", "published",
			"copyright", "open", "access", "citation", "editor", "funding", "competing", "interests", "availability",
			"statement", "license", "updates", "learning", "model", "models", "network", "networks", "data", "analysis",
			"system", "systems", "language", "information", "extraction", "processing", "generation", "detection",
			"recognition", "translation", "semantic", "semantics", "neural", "deep", "efficient", "towards", "using",
			"based", "approach", "method", "methods", "algorithm", "algorithms", "problem", "problems", "computer",
			"computing", "computational", "sciences", "science", "engineering", "technology", "technologies",
			"mathematics", "physics", "statistics", "programme", "program", "project", "national", "state", "city",
			"international", "group", "way", "box", "via", "quality", "usability", "technical", "report", "paper",
			"article");

	/**
	 * Function words: one at the edge of a name may be a name ("An Zhu", "Kevin To"),
	 * more make a phrase ("To the Rescue").
	 */
	static final Set<String> FUNCTION = Set.of("the", "of", "for", "in", "on", "with", "to", "an", "by", "from", "at",
			"is", "are", "we", "our", "this", "that", "these", "which", "and", "or", "as");

	private NameWords() {
	}

}
