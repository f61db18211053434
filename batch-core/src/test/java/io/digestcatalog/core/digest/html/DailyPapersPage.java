package io.digestcatalog.core.digest.html;

/**
 * The frame of a saved Daily Papers page, after huggingface.co/papers as scrapers see it:
 * the "saved from" mark, scripts, the site header and navigation, the subscribe banner,
 * the title and date line, a grid of {@code <article>} cards (written by
 * {@link HtmlFixtures}), the footer.
 */
final class DailyPapersPage {

	static final String HEAD = """
			<!DOCTYPE html>
			<!-- saved from url=(0029)https://huggingface.co/papers -->
			<html class=""><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
			<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
			<meta property="og:title" content="Daily Papers - Hugging Face">
			<meta property="og:type" content="website">
			<title>Daily Papers - Hugging Face</title>
			<link rel="stylesheet" href="/front/build/kube-9e6a6b1/style.css">
			<script>window.hubConfig = {"features":{"signupDisabled":false},"sshGitUrl":"git@hf.co","moonHttpUrl":"https://huggingface.co"};</script>
			<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"Hugging Face"}</script>
			</head>
			<body class="flex flex-col min-h-dvh bg-white dark:bg-gray-950 text-black DailyPapersPage">
			<div class="flex min-h-dvh flex-col">
			<header class="border-b border-gray-100"><div class="w-full px-4 container flex h-16 items-center">
			<div class="flex flex-1 items-center"><a class="mr-5 flex flex-none items-center lg:mr-6" href="/"><img alt="Hugging Face's logo" class="w-7 md:mr-2" src="/front/assets/huggingface_logo-noborder.svg"><span class="hidden whitespace-nowrap text-lg font-bold md:block">Hugging Face</span></a>
			<div class="relative flex-1 lg:max-w-sm mr-2"><input autocomplete="off" class="w-full form-input-alt h-9 pl-8 pr-3" placeholder="Search models, datasets, users..." spellcheck="false" type="text" value=""></div></div>
			<nav aria-label="Main" class="ml-auto hidden lg:block"><ul class="flex items-center space-x-1.5">
			<li><a class="group flex items-center px-2 py-0.5" href="/models">Models</a></li>
			<li><a class="group flex items-center px-2 py-0.5" href="/datasets">Datasets</a></li>
			<li><a class="group flex items-center px-2 py-0.5" href="/spaces">Spaces</a></li>
			<li><a class="group flex items-center px-2 py-0.5" href="/docs">Docs</a></li>
			<li><a class="group flex items-center px-2 py-0.5" href="/pricing">Pricing</a></li>
			<li><a class="block cursor-pointer px-2 py-0.5 hover:text-gray-500" href="/login">Log In</a></li>
			<li><a class="whitespace-nowrap rounded-full bg-gray-900 px-3 py-1 text-white" href="/join">Sign Up</a></li>
			</ul></nav></div></header>
			<main class="flex flex-1 flex-col">
			<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="{&quot;date&quot;:&quot;2025-07-29&quot;}">
			<section class="container relative mb-20 mt-8 md:mt-14">
			<div class="mb-8 flex flex-wrap items-center gap-2 rounded-xl border px-3 py-2"><span class="rounded bg-green-100 px-1.5 text-sm font-semibold text-green-700">new</span> <span>Get trending papers in your email inbox!</span> <a href="/login?next=%2Fpapers" class="btn text-sm">Subscribe</a></div>
			<div class="mb-10 flex flex-col items-start justify-between gap-4 md:flex-row">
			<div><h1 class="text-3xl font-bold md:text-4xl">Daily Papers</h1>
			<p class="text-gray-500">by<a href="/akhaliq" class="mx-1 font-semibold hover:underline">AK</a>and the research community</p></div>
			<div class="flex items-center gap-2"><a href="/papers/date/2025-07-28" class="btn px-2" title="Previous day">&larr;</a>
			<div class="text-lg font-semibold">Jul 29</div>
			<a href="/papers/date/2025-07-30" class="btn px-2" title="Next day">&rarr;</a></div></div>
			<div class="relative grid grid-cols-1 gap-14 lg:grid-cols-2">
			""";

	/**
	 * One paper's card: its thumbnail link (or nothing), its votes, its title (linked or
	 * not), its abstract, its comment link (or nothing).
	 */
	static final String CARD = """
			<article class="relative flex flex-col overflow-hidden rounded-xl border">
			%1$s<div class="from-gray-50-to-white -mt-16 flex h-full flex-col rounded-xl px-6 pb-2 pt-3">
			<div class="flex items-center gap-2.5"><div class="shadow-alternate flex h-14 w-12 flex-col items-center">\
			<svg class="text-sm" viewBox="0 0 12 12"><path d="M5.19 2.67a.94.94 0 0 1 1.62 0l3.31 5.72a.94.94 0 0 1-.82 \
			1.4H2.7a.94.94 0 0 1-.82-1.4l3.31-5.7v-.02Z"></path></svg><div class="leading-none">%2$d</div></div>
			<div class="w-full">
			<h3 class="mb-1 text-lg/6 font-semibold hover:underline md:text-2xl/7">%3$s</h3>
			<p class="line-clamp-4 text-sm text-gray-600">%4$s</p>
			<div class="flex items-center justify-between"><span class="text-sm text-gray-400">Submitted by</span> \
			<a href="/akhaliq" class="text-sm font-semibold">akhaliq</a>%5$s</div>
			</div></div></div>
			</article>
			""";

	static final String TAIL = """
			</div>
			<div class="mt-10 flex justify-center"><a href="/papers/date/2025-07-28" class="btn">View previous day</a></div>
			</section></div></main>
			<footer class="b-12 mb-2 flex border-t border-gray-100 md:h-14"><nav class="container relative flex flex-col justify-between py-6 text-gray-500 md:flex-row md:items-center">
			<ul class="flex flex-wrap"><li><a href="/terms-of-service">TOS</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/huggingface">About</a></li><li><a href="https://apply.workable.com/huggingface/">Jobs</a></li></ul>
			<a href="/" class="flex items-center">Hugging Face</a>
			<ul class="flex flex-wrap"><li><a href="/models">Models</a></li><li><a href="/datasets">Datasets</a></li><li><a href="/spaces">Spaces</a></li><li><a href="/pricing">Pricing</a></li><li><a href="/docs">Docs</a></li></ul>
			</nav></footer>
			</div>
			<script>import("/front/build/kube-9e6a6b1/index.js"); window.moonSha = "kube-9e6a6b1/";</script>
			</body></html>
			""";

	private DailyPapersPage() {
	}

}
