namespace Guide.Search.Tests;

/// <summary>A small guide in both languages, shaped like the pipeline's output: one document per section.</summary>
internal static class Fixtures
{
    public static IReadOnlyList<SearchDocument> Chinese { get; } =
    [
        new("zh-CN/during/listening/", "积极倾听与复述确认", "积极倾听与复述确认", "上级谈问题时先听完，再复述确认。", "上级谈问题时先忍住解释，把话听完整。") { Tags = ["倾听", "复述", "记笔记"] },
        new("zh-CN/during/listening/#复述确认", "积极倾听与复述确认", "复述确认", "上级谈问题时先听完，再复述确认。", "用自己的话复述一遍：“我听到的重点是……，我理解得对吗？”"),
        new("zh-CN/during/listening/#边听边记", "积极倾听与复述确认", "边听边记", "上级谈问题时先听完，再复述确认。", "记下上级引用的数据和具体事例，面谈结束前对照一遍。"),
        new("zh-CN/after/monthly-review/", "每月复盘", "每月复盘", "每月末留一小时，看哪些做法有效。", "每个月都要留出一小时，把这个月的周报摊开来看。"),
        new("zh-CN/after/monthly-review/#复盘的三个问题", "每月复盘", "复盘的三个问题", "每月末留一小时，看哪些做法有效。", "哪些做法有效，继续保留；哪些没效果，需要调整；背后缺的是什么能力。"),
        new("zh-CN/before/improvement-plan/", "带着改进计划走进面谈", "带着改进计划走进面谈", "用五个字母检查计划。", "面谈前就想好计划，谈话会从追问原因转向讨论办法。"),
        new("zh-CN/before/improvement-plan/#用-smart-原则检查计划", "带着改进计划走进面谈", "用 SMART 原则检查计划", "用五个字母检查计划。", "SMART 是五个英文单词的首字母：具体、可衡量、可实现、相关、有时限。"),
        new("zh-CN/during/mindset/", "调整心态", "调整心态", "把上级当作伙伴。", "面谈不是审判。认真倾听上级的意见，把批评当作改进的线索。"),
    ];

    public static IReadOnlyList<SearchDocument> English { get; } =
    [
        new("en/during/listening/", "Listen actively and restate to confirm", "Listen actively and restate to confirm", "Hear your manager out, then say back what you heard.", "Before you answer, hear your manager out.") { Tags = ["listening", "restating", "note-taking"] },
        new("en/during/listening/#restate-to-confirm", "Listen actively and restate to confirm", "Restate to confirm", "Hear your manager out, then say back what you heard.", "Say back what you heard in your own words: \"What I'm hearing is..., is that right?\""),
        new("en/during/listening/#take-notes", "Listen actively and restate to confirm", "Take notes", "Hear your manager out, then say back what you heard.", "Write down the numbers and examples your manager quotes."),
        new("en/faq/employees/", "Questions employees ask", "Questions employees ask", "Answers to the questions employees ask most.", "Short answers first, then what to do."),
        new("en/faq/employees/#will-a-low-rating-block-a-promotion", "Questions employees ask", "Will a low rating block a promotion?", "Answers to the questions employees ask most.", "Ratings matter for a while. If your manager disagrees with your view of the year, ask what would change the outcome."),
        new("en/during/mindset/", "Mindset: treat your manager as a partner", "Mindset: treat your manager as a partner", "The review is not a trial.", "Criticism is about what you did, not who you are. Keep listening even when it stings."),
        new("en/before/improvement-plan/", "Bring an improvement plan", "Bring an improvement plan", "Test your plan against the SMART letters.", "Planning ahead turns the talk from blame to next steps."),
    ];
}
