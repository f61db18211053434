package io.digestcatalog.core.extract;

/** What a linked artifact is, as far as its URL tells. */
public enum LinkKind {

	/** A code repository: GitHub, GitLab, Bitbucket, Hugging Face models and Spaces. */
	CODE,
	/** A project page, such as {@code owner.github.io}. */
	PROJECT_PAGE,
	/** A dataset: Hugging Face datasets, Zenodo, Kaggle. */
	DATASET,
	/** A paper: arXiv abs/pdf, doi.org, OpenReview. */
	PAPER,
	/** Anything else. */
	OTHER

}
