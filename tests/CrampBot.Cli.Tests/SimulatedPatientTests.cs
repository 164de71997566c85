using CrampBot.Bot.Replies;
using CrampBot.Cli.Evaluation;
using Xunit;

namespace CrampBot.Cli.Tests;

/// <summary>The simulated patient answers from its hidden answers only, in plain words of its language.</summary>
public sealed class SimulatedPatientTests
{
    private static readonly PatientPhrasebook Phrasebook = PatientPhrasebook.Load(PatientPhrasebook.DefaultFolder);

    [Fact]
    public void A_checklist_is_answered_by_naming_the_signs_that_are_so_or_none_of_these()
    {
        var checklist = new AskedQuestion(QuestionTag.Checklist, ["breathless_chest_pain", "dark_urine", "cold_pale_foot"]);

        Assert.Equal("my urine is dark", Patient("en", ("dark_urine", "yes")).Answer(checklist));
        Assert.Equal("尿颜色很深", Patient("zh-Hans", ("dark_urine", "yes")).Answer(checklist));
        Assert.Contains(Patient("en").Answer(checklist), new[] { "none of these", "no, none of that" });
        Assert.Contains(Patient("zh-Hans").Answer(checklist), new[] { "都没有", "这些都没有" });
        Assert.Equal("not sure about the colour of my urine", Patient("en", ("dark_urine", "unsure")).Answer(checklist));
    }

    [Fact]
    public void Frequency_duration_and_place_are_answered_in_the_patients_own_words()
    {
        var patient = Patient("zh-Hans", ("frequency", "一周两三回"), ("duration", "半分钟"), ("location", "左脚"));

        Assert.Equal("一周两三回", patient.Answer(new AskedQuestion(QuestionTag.Frequency, ["frequency_per_week"])));
        Assert.Equal("半分钟", patient.Answer(new AskedQuestion(QuestionTag.Duration, ["episode_minutes"])));
        Assert.Equal("左脚", patient.Answer(new AskedQuestion(QuestionTag.Location, ["location_calf", "location_foot"])));
        Assert.Empty(patient.Unmapped);
    }

    [Fact]
    public void A_question_about_something_the_patient_was_never_told_gets_not_sure_and_is_counted()
    {
        var patient = Patient("en");

        var answer = patient.Answer(new AskedQuestion(QuestionTag.YesNo, ["pain_worsening"]));

        Assert.Contains(answer, new[] { "not sure", "I don't really know" });
        Assert.Single(patient.Unmapped);
    }

    [Fact]
    public void A_stretch_step_eases_an_ordinary_cramp_but_not_one_that_has_lasted_twenty_minutes()
    {
        var step = new AskedQuestion(QuestionTag.StretchStep, []);

        Assert.Contains(Patient("en", ("duration", "started a minute ago")).Answer(step), new[] { "it's easing", "ok that helped, it's going" });
        Assert.Contains(Patient("zh-Hans", ("duration", "二十分钟了")).Answer(step), new[] { "还是疼", "没好，还抽着" });
    }

    [Fact]
    public void An_offer_to_check_is_taken_by_a_patient_with_symptoms_and_declined_by_one_without()
    {
        var offer = new AskedQuestion(QuestionTag.Offer, []);

        Assert.Contains(Patient("en", ("sleep_disturbed", "yes")).Answer(offer), new[] { "yes please", "ok, go on" });
        Assert.Contains(Patient("zh-Hans").Answer(offer), new[] { "不用了", "不需要" });
    }

    [Fact]
    public void A_patient_data_file_naming_an_unknown_fact_stops_the_run_naming_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("crampbot-patient-").FullName;
        foreach (var file in Directory.GetFiles(PatientPhrasebook.DefaultFolder, "patient*.yaml"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(folder, "patient-facts.yaml"), "\nnew_sign: [no_such_fact]\n");

        var error = Assert.Throws<InvalidDataException>(() => PatientPhrasebook.Load(folder));
        Assert.Contains("patient-facts.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("no_such_fact", error.Message, StringComparison.Ordinal);
    }

    private static SimulatedPatient Patient(string lang, params (string Key, string Value)[] hidden)
    {
        var answers = Phrasebook.FactsByKey.Keys.ToDictionary(k => k, _ => "no", StringComparer.Ordinal);
        foreach (var (key, value) in hidden)
        {
            answers[key] = value;
        }

        return new SimulatedPatient(new Vignette("T", lang, "text", "self-care", null, null, false, answers), Phrasebook);
    }
}
