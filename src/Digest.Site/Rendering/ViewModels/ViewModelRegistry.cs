using Fluid;

namespace Digest.Site.Rendering.ViewModels;

/// <summary>Makes the view models, and only them, readable from templates.</summary>
internal static class ViewModelRegistry
{
    public static void Register(MemberAccessStrategy strategy)
    {
        strategy.Register<SiteView>();
        strategy.Register<PageView>();
        strategy.Register<FeedLinkView>();
        strategy.Register<DateView>();
        strategy.Register<TopicLinkView>();
        strategy.Register<ExpertLinkView>();
        strategy.Register<ImageView>();
        strategy.Register<ArticleCardView>();
        strategy.Register<TocEntryView>();
        strategy.Register<ArticleView>();
        strategy.Register<PagerView>();
        strategy.Register<PagerLinkView>();
        strategy.Register<TopicSummaryView>();
        strategy.Register<ExpertSummaryView>();
        strategy.Register<QuoteView>();
        strategy.Register<ArchiveYearView>();
        strategy.Register<ArchiveMonthView>();
        strategy.Register<EditionLinkView>();
        strategy.Register<EditionQuoteView>();
        strategy.Register<EditionItemView>();
        strategy.Register<EditionSectionView>();
        strategy.Register<EditionView>();
    }
}
