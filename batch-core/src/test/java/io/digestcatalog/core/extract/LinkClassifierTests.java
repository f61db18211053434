package io.digestcatalog.core.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a link points at, and the canonical form of repositories. */
class LinkClassifierTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ' ', nullValues = "-",
			textBlock = """
					https://github.com/hardyho/ultrametric_feature_fields https://github.com/hardyho/ultrametric_feature_fields hardyho/ultrametric_feature_fields
					https://github.com/lanxiang1017/GEM.git https://github.com/lanxiang1017/GEM lanxiang1017/GEM
					https://github.com/chansongoal/FCM-LM/tree/master https://github.com/chansongoal/FCM-LM chansongoal/FCM-LM
					https://github.com/owner/name/blob/main/README.md#usage https://github.com/owner/name owner/name
					https://www.github.com/owner/name/issues/3 https://github.com/owner/name owner/name
					https://gitlab.com/group/project https://gitlab.com/group/project group/project
					https://gitlab.com/group/sub/deeper/project/-/tree/main/src https://gitlab.com/group/sub/deeper/project group/sub/deeper/project
					https://gitlab.com/group/sub/project.git https://gitlab.com/group/sub/project group/sub/project
					https://bitbucket.org/owner/name/src/master/ https://bitbucket.org/owner/name owner/name
					https://codeberg.org/owner/name.git https://codeberg.org/owner/name owner/name
					https://huggingface.co/spaces/owner/demo/tree/main https://huggingface.co/spaces/owner/demo spaces/owner/demo
					https://huggingface.co/meta-llama/Llama-2-7b/blob/main/config.json https://huggingface.co/meta-llama/Llama-2-7b meta-llama/Llama-2-7b
					""")
	void codeRepositoriesAreReducedToOwnerAndName(String raw, String url, String repository) {
		assertThat(classify(raw)).satisfies(link -> {
			assertThat(link.kind()).isEqualTo(LinkKind.CODE);
			assertThat(link.url()).isEqualTo(url);
			assertThat(link.repository()).isEqualTo(repository);
			assertThat(link.raw()).isEqualTo(raw);
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ' ', textBlock = """
			https://github.com/orgs/DeepGraphLearning https://github.com/orgs/DeepGraphLearning
			https://github.com/topics/ood-detection https://github.com/topics/ood-detection
			https://github.com/hardyho https://github.com/hardyho
			https://gitlab.com/explore https://gitlab.com/explore
			""")
	void codeHostPagesThatAreNoRepositoryAreOther(String raw, String url) {
		assertThat(classify(raw)).extracting(Link::kind, Link::url, Link::repository)
			.containsExactly(LinkKind.OTHER, url, null);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ' ', nullValues = "-",
			textBlock = """
					https://zhao-yian.github.io/GraCo. PROJECT_PAGE https://zhao-yian.github.io/GraCo -
					https://team.gitlab.io/project/ PROJECT_PAGE https://team.gitlab.io/project -
					https://demo.pages.dev PROJECT_PAGE https://demo.pages.dev/ -
					https://huggingface.co/datasets/owner/corpus/viewer DATASET https://huggingface.co/datasets/owner/corpus datasets/owner/corpus
					https://zenodo.org/records/1234567 DATASET https://zenodo.org/records/1234567 -
					https://www.kaggle.com/datasets/owner/set DATASET https://www.kaggle.com/datasets/owner/set -
					https://www.kaggle.com/competitions/titanic OTHER https://www.kaggle.com/competitions/titanic -
					https://huggingface.co/papers/2504.10068 PAPER https://huggingface.co/papers/2504.10068 -
					https://huggingface.co/docs/transformers/index OTHER https://huggingface.co/docs/transformers/index -
					https://huggingface.co/ OTHER https://huggingface.co/ -
					https://openreview.net/forum?id=AbC123&utm_source=x PAPER https://openreview.net/forum?id=AbC123 -
					https://aclanthology.org/2024.acl-long.1/ PAPER https://aclanthology.org/2024.acl-long.1 -
					https://example.com/some/page OTHER https://example.com/some/page -
					""")
	void linksAreClassifiedByHostAndPath(String raw, LinkKind kind, String url, String repository) {
		assertThat(classify(raw)).extracting(Link::kind, Link::url, Link::repository)
			.containsExactly(kind, url, repository);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ' ', textBlock = """
			https://arxiv.org/abs/2504.10068 https://arxiv.org/abs/2504.10068
			https://arxiv.org/abs/2504.10068v2 https://arxiv.org/abs/2504.10068
			https://arxiv.org/pdf/2504.10068 https://arxiv.org/abs/2504.10068
			https://arxiv.org/pdf/2504.10068v1.pdf https://arxiv.org/abs/2504.10068
			http://www.arxiv.org/pdf/2504.10068v3 https://arxiv.org/abs/2504.10068
			https://export.arxiv.org/abs/2504.10068 https://arxiv.org/abs/2504.10068
			https://arxiv.org/html/2504.10068v1 https://arxiv.org/abs/2504.10068
			https://arxiv.org/abs/hep-th/9901001v2 https://arxiv.org/abs/hep-th/9901001
			""")
	void arxivPagesCanonicalizeToTheAbstractPage(String raw, String url) {
		assertThat(classify(raw)).extracting(Link::kind, Link::url).containsExactly(LinkKind.PAPER, url);
	}

	@Test
	void arxivListingIsNoPaper() {
		assertThat(classify("https://arxiv.org/list/cs.CV/recent").kind()).isEqualTo(LinkKind.OTHER);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ' ', textBlock = """
			https://doi.org/10.1145/3580305.3599253 https://doi.org/10.1145/3580305.3599253
			https://dx.doi.org/10.1109/CVPR.2016.90 https://doi.org/10.1109/cvpr.2016.90
			http://doi.org/10.5281/zenodo.1234567 https://doi.org/10.5281/zenodo.1234567
			""")
	void doiLinksArePapersWithTheirLowerCasedDoi(String raw, String url) {
		assertThat(classify(raw)).extracting(Link::kind, Link::url).containsExactly(LinkKind.PAPER, url);
	}

	@Test
	void doiHostWithoutADoiIsOther() {
		assertThat(classify("https://doi.org/").kind()).isEqualTo(LinkKind.OTHER);
	}

	@Test
	void hostOfALinkIsItsLowerCasedAuthority() {
		assertThat(classify("https://Example.COM:8443/x").host()).isEqualTo("example.com:8443");
		assertThat(classify("https://GitHub.com/a/b").host()).isEqualTo("github.com");
	}

	private static Link classify(String raw) {
		return LinkClassifier.classify(UrlNormalizer.normalize(raw).orElseThrow(), raw);
	}

}
