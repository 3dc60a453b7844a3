using Digest.Core.Diagnostics;

namespace Digest.Site.Checking;

/// <summary>
/// Topics written in articles that topics.yml does not define. The build accepts them (they get a page of
/// their own), so this is a warning, with the nearest defined topic as a hint when it looks like a typo.
/// </summary>
internal sealed class UnknownTopicRule : ICheckRule
{
    public void Check(CheckContext context, DiagnosticBag diagnostics)
    {
        var vocabulary = new TopicVocabulary(context.Content.Topics);
        if (vocabulary.IsEmpty)
        {
            return;
        }
        foreach (var article in context.Content.Articles)
        {
            foreach (var topic in article.Topics)
            {
                if (!vocabulary.IsKnown(topic.Name))
                {
                    diagnostics.Warning(article.SourcePath, topic.Span.Line, topic.Span.Column, vocabulary.Describe(topic.Name), DiagnosticCodes.UnknownTopic);
                }
            }
        }
    }
}
