namespace CrampBot.Core.Tests.Recognition;

/// <summary>
/// The project's own recognizer cases, written for CrampBot in the shared case format so the same scorer runs
/// them. They cover the same ground as ../shared (numbers, ranges, approximators, bounds, negations, periods,
/// false-positive probes) with different sentences, so a checkout without ../shared still tests the recognizer.
/// </summary>
internal static class OwnCases
{
    public const string Json = """
    [
     {"id":"own-en-01","lang":"en","input":"most nights, two or three minutes each time","expected":[
       {"kind":"frequency","text":"most nights","value":{"count":1,"per":"P1D"},"mod":"approx"},
       {"kind":"duration","text":"two or three minutes","value":{"min":"PT2M","max":"PT3M"}}]},
     {"id":"own-en-02","lang":"en","input":"I get them about 4 times a week and they last 30 seconds to a minute.","expected":[
       {"kind":"frequency","text":"about 4 times a week","value":{"count":4,"per":"P1W"},"mod":"approx"},
       {"kind":"duration","text":"30 seconds to a minute","value":{"min":"PT30S","max":"PT1M"}}]},
     {"id":"own-en-03","lang":"en","input":"Every couple of nights, for about a minute.","expected":[
       {"kind":"frequency","text":"Every couple of nights","value":{"count":1,"per":"P2D"}},
       {"kind":"duration","text":"about a minute","value":"PT1M","mod":"approx"}]},
     {"id":"own-en-04","lang":"en","input":"I had 6 cramps in the last two weeks","expected":[
       {"kind":"frequency","text":"6 cramps in the last two weeks","value":{"count":6,"per":"P2W"}}]},
     {"id":"own-en-05","lang":"en","input":"twice weekly, 1-2 minutes","expected":[
       {"kind":"frequency","text":"twice weekly","value":{"count":2,"per":"P1W"}},
       {"kind":"duration","text":"1-2 minutes","value":{"min":"PT1M","max":"PT2M"}}]},
     {"id":"own-en-06","lang":"en","input":"Roughly every other day, lasting 10 to 15 secs","expected":[
       {"kind":"frequency","text":"Roughly every other day","value":{"count":1,"per":"P2D"},"mod":"approx"},
       {"kind":"duration","text":"10 to 15 secs","value":{"min":"PT10S","max":"PT15S"}}]},
     {"id":"own-en-07","lang":"en","input":"Only a second or two.","expected":[
       {"kind":"duration","text":"a second or two","value":{"min":"PT1S","max":"PT2S"}}]},
     {"id":"own-en-08","lang":"en","input":"never longer than 5 minutes","expected":[
       {"kind":"duration","text":"longer than 5 minutes","value":"PT5M","mod":"less"}]},
     {"id":"own-en-09","lang":"en","input":"5 nights out of 7, at least 3 times a night","expected":[
       {"kind":"frequency","text":"5 nights out of 7","value":{"count":5,"per":"P7D"}},
       {"kind":"frequency","text":"at least 3 times a night","value":{"count":3,"per":"P1D"},"mod":"more"}]},
     {"id":"own-en-10","lang":"en","input":"3-4x/week","expected":[
       {"kind":"frequency","text":"3-4x/week","value":{"count":{"min":3,"max":4},"per":"P1W"}}]},
     {"id":"own-en-11","lang":"en","input":"It doesn't happen more than twice a month.","expected":[
       {"kind":"frequency","text":"more than twice a month","value":{"count":2,"per":"P1M"},"mod":"less"}]},
     {"id":"own-en-12","lang":"en","input":"fewer than 3 times a month, 10ish minutes","expected":[
       {"kind":"frequency","text":"fewer than 3 times a month","value":{"count":3,"per":"P1M"},"mod":"less"},
       {"kind":"duration","text":"10ish minutes","value":"PT10M","mod":"approx"}]},
     {"id":"own-en-13","lang":"en","input":"It wakes me 2 or 3 times every night.","expected":[
       {"kind":"frequency","text":"2 or 3 times every night","value":{"count":{"min":2,"max":3},"per":"P1D"}}]},
     {"id":"own-en-14","lang":"en","input":"The pain lingered for two days; I've had these for six weeks.","expected":[
       {"kind":"duration","text":"two days","value":"P2D"},
       {"kind":"duration","text":"six weeks","value":"P6W"}]},
     {"id":"own-en-15","lang":"en","input":"four or five times in the past two weeks","expected":[
       {"kind":"frequency","text":"four or five times in the past two weeks","value":{"count":{"min":4,"max":5},"per":"P2W"}}]},
     {"id":"own-en-16","lang":"en","input":"nearly every single night, a good fifteen minutes","expected":[
       {"kind":"frequency","text":"nearly every single night","value":{"count":1,"per":"P1D"},"mod":"approx"},
       {"kind":"duration","text":"fifteen minutes","value":"PT15M"}]},
     {"id":"own-en-17","lang":"en","input":"Twenty-five seconds, then an hour and a half of soreness","expected":[
       {"kind":"duration","text":"Twenty-five seconds","value":"PT25S"},
       {"kind":"duration","text":"an hour and a half","value":"PT1.5H"}]},
     {"id":"own-en-18","lang":"en","input":"every Monday and Friday after spin class","expected":[
       {"kind":"frequency","text":"every Monday and Friday","value":{"count":2,"per":"P1W"}}]},
     {"id":"own-en-19","lang":"en","input":"I'm a 58-year-old runner.","expected":[]},
     {"id":"own-en-20","lang":"en","input":"My husband is 70 years of age.","expected":[]},
     {"id":"own-en-21","lang":"en","input":"I walk 3 miles a day and take 500 mg of calcium.","expected":[]},
     {"id":"own-en-22","lang":"en","input":"I woke at 5:15 am on June 12th.","expected":[]},
     {"id":"own-en-23","lang":"en","input":"This is my third cramp and it was the first time in years.","expected":[]},
     {"id":"own-en-24","lang":"en","input":"every now and then, from time to time, occasionally","expected":[]},
     {"id":"own-en-25","lang":"en","input":"Two weeks ago I had a bad one.","expected":[]},
     {"id":"own-en-26","lang":"en","input":"over the past 3 weeks it got worse","expected":[]},
     {"id":"own-en-27","lang":"en","input":"One day I woke up screaming; one night last week too.","expected":[]},
     {"id":"own-en-28","lang":"en","input":"I don't get them every night.","expected":[
       {"kind":"frequency","text":"every night","value":{"count":1,"per":"P1D"},"mod":"less"}]},
     {"id":"own-en-29","lang":"en","input":"I sleep 7 hours a night.","expected":[
       {"kind":"duration","text":"7 hours","value":"PT7H"}]},
     {"id":"own-en-30","lang":"en","input":"2-3/wk, a couple mins each","expected":[
       {"kind":"frequency","text":"2-3/wk","value":{"count":{"min":2,"max":3},"per":"P1W"}},
       {"kind":"duration","text":"a couple mins","value":"PT2M"}]},
     {"id":"own-en-31","lang":"en","input":"I had a second night of cramps, so I stretch for 10 minutes before bed.","expected":[
       {"kind":"duration","text":"10 minutes","value":"PT10M"}]},
     {"id":"own-en-32","lang":"en","input":"a night or two a week, practically every week","expected":[
       {"kind":"frequency","text":"a night or two a week","value":{"count":{"min":1,"max":2},"per":"P1W"}},
       {"kind":"frequency","text":"practically every week","value":{"count":1,"per":"P1W"},"mod":"approx"}]},
     {"id":"own-en-33","lang":"en","input":"the last one went on for a quarter of an hour","expected":[
       {"kind":"duration","text":"a quarter of an hour","value":"PT0.25H"}]},
     {"id":"own-en-34","lang":"en","input":"roughly three quarters of an hour, I get one once a quarter","expected":[
       {"kind":"duration","text":"roughly three quarters of an hour","value":"PT0.75H","mod":"approx"},
       {"kind":"frequency","text":"once a quarter","value":{"count":1,"per":"P3M"}}]},
     {"id":"own-zh-01","lang":"zh","input":"一周三四次，每次半分钟左右","expected":[
       {"kind":"frequency","text":"一周三四次","value":{"count":{"min":3,"max":4},"per":"P1W"}},
       {"kind":"duration","text":"半分钟左右","value":"PT30S","mod":"approx"}]},
     {"id":"own-zh-02","lang":"zh","input":"每晚都抽，每次两三分钟","expected":[
       {"kind":"frequency","text":"每晚","value":{"count":1,"per":"P1D"}},
       {"kind":"duration","text":"两三分钟","value":{"min":"PT2M","max":"PT3M"}}]},
     {"id":"own-zh-03","lang":"zh","input":"一个月三五次","expected":[
       {"kind":"frequency","text":"一个月三五次","value":{"count":{"min":3,"max":5},"per":"P1M"}}]},
     {"id":"own-zh-04","lang":"zh","input":"半个月一次","expected":[
       {"kind":"frequency","text":"半个月一次","value":{"count":2,"per":"P1M"}}]},
     {"id":"own-zh-05","lang":"zh","input":"一周至少三次，最多一周五次","expected":[
       {"kind":"frequency","text":"一周至少三次","value":{"count":3,"per":"P1W"},"mod":"more"},
       {"kind":"frequency","text":"最多一周五次","value":{"count":5,"per":"P1W"},"mod":"less"}]},
     {"id":"own-zh-06","lang":"zh","input":"上个月大概抽了八次","expected":[
       {"kind":"frequency","text":"上个月大概抽了八次","value":{"count":8,"per":"P1M"},"mod":"approx"}]},
     {"id":"own-zh-07","lang":"zh","input":"大概持续三十秒","expected":[
       {"kind":"duration","text":"大概持续三十秒","value":"PT30S","mod":"approx"}]},
     {"id":"own-zh-08","lang":"zh","input":"疼了十来分钟，有时候一个来小时","expected":[
       {"kind":"duration","text":"十来分钟","value":"PT10M","mod":"approx"},
       {"kind":"duration","text":"一个来小时","value":"PT1H","mod":"approx"}]},
     {"id":"own-zh-09","lang":"zh","input":"三十秒到两分钟不等","expected":[
       {"kind":"duration","text":"三十秒到两分钟","value":{"min":"PT30S","max":"PT2M"}}]},
     {"id":"own-zh-10","lang":"zh","input":"一周两次到三次","expected":[
       {"kind":"frequency","text":"一周两次到三次","value":{"count":{"min":2,"max":3},"per":"P1W"}}]},
     {"id":"own-zh-11","lang":"zh","input":"每天晚上都会抽一两次","expected":[
       {"kind":"frequency","text":"每天晚上都会抽一两次","value":{"count":{"min":1,"max":2},"per":"P1D"}}]},
     {"id":"own-zh-12","lang":"zh","input":"差不多每两天一次","expected":[
       {"kind":"frequency","text":"差不多每两天一次","value":{"count":1,"per":"P2D"},"mod":"approx"}]},
     {"id":"own-zh-13","lang":"zh","input":"每个星期天","expected":[
       {"kind":"frequency","text":"每个星期天","value":{"count":1,"per":"P1W"}}]},
     {"id":"own-zh-14","lang":"zh","input":"半个多小时","expected":[
       {"kind":"duration","text":"半个多小时","value":"PT0.5H","mod":"more"}]},
     {"id":"own-zh-15","lang":"zh","input":"两个钟头，五分钟以内","expected":[
       {"kind":"duration","text":"两个钟头","value":"PT2H"},
       {"kind":"duration","text":"五分钟以内","value":"PT5M","mod":"less"}]},
     {"id":"own-zh-16","lang":"zh","input":"昨晚抽了三次","expected":[
       {"kind":"frequency","text":"昨晚抽了三次","value":{"count":3,"per":"P1D"}}]},
     {"id":"own-zh-17","lang":"zh","input":"每周抽筋五六次，已经两个多月了","expected":[
       {"kind":"frequency","text":"每周抽筋五六次","value":{"count":{"min":5,"max":6},"per":"P1W"}},
       {"kind":"duration","text":"两个多月","value":"P2M","mod":"more"}]},
     {"id":"own-zh-18","lang":"zh","input":"二十几秒","expected":[
       {"kind":"duration","text":"二十几秒","value":"PT20S","mod":"more"}]},
     {"id":"own-zh-19","lang":"zh","input":"我父亲八十岁了","expected":[]},
     {"id":"own-zh-20","lang":"zh","input":"医生开了两盒药，一次吃两片","expected":[]},
     {"id":"own-zh-21","lang":"zh","input":"早上五点醒了，三月五号开始的","expected":[]},
     {"id":"own-zh-22","lang":"zh","input":"这是今晚第三次了","expected":[]},
     {"id":"own-zh-23","lang":"zh","input":"偶尔会抽筋，隔三差五就抽","expected":[]},
     {"id":"own-zh-24","lang":"zh","input":"两周前抽得很厉害","expected":[]},
     {"id":"own-zh-25","lang":"zh","input":"最近三周一天到晚腿都酸","expected":[]},
     {"id":"own-zh-26","lang":"zh","input":"时不时抽一下，一会儿就好","expected":[]},
     {"id":"own-zh-29","lang":"zh","input":"每周六晚上都会抽，平时每周三天左右","expected":[
       {"kind":"frequency","text":"每周六","value":{"count":1,"per":"P1W"}},
       {"kind":"frequency","text":"每周三天左右","value":{"count":3,"per":"P1W"},"mod":"approx"}]},
     {"id":"own-zh-30","lang":"zh","input":"一天比一天严重","expected":[]},
     {"id":"own-zh-31","lang":"zh","input":"并没有每晚都抽，没有一分钟就好了","expected":[
       {"kind":"frequency","text":"没有每晚","value":{"count":1,"per":"P1D"},"mod":"less"},
       {"kind":"duration","text":"没有一分钟","value":"PT1M","mod":"less"}]},
     {"id":"own-zh-32","lang":"zh","input":"已经有一个月了","expected":[
       {"kind":"duration","text":"一个月","value":"P1M"}]},
     {"id":"own-zh-33","lang":"zh","input":"钙片一天吃两片，一天三顿饭","expected":[]},
     {"id":"own-zh-34","lang":"zh","input":"上个月有两晚上疼醒，每次五分钟","expected":[
       {"kind":"frequency","text":"上个月有两晚上","value":{"count":2,"per":"P1M"}},
       {"kind":"duration","text":"五分钟","value":"PT5M"}]},
     {"id":"own-zh-35","lang":"zh","input":"接连四夜都抽","expected":[]},
     {"id":"own-zh-27","lang":"zh","input":"有一天半夜两点醒了","expected":[]},
     {"id":"own-zh-28","lang":"zh","input":"上一周抽了三次，疼了一整夜","expected":[
       {"kind":"frequency","text":"一周抽了三次","value":{"count":3,"per":"P1W"}},
       {"kind":"duration","text":"一整夜","value":"P1D"}]}
    ]
    """;
}
