namespace GoldenThread.Programmes;

public class ApplicationReferenceTests
{
    [Fact]
    public void Next_NoApplicationsYet_IsGT0001()
    {
        Assert.Equal("GT-0001", ApplicationReference.Next([]));
    }

    [Fact]
    public void Next_AfterTheHighestJourneyReference_NotTheCount()
    {
        // Three applications, but GT-0002 was the last the journey gave: a gap (a deleted draft) is not reused.
        Assert.Equal("GT-0008", ApplicationReference.Next(["GT-0001", "GT-0007", "GT-0003"]));
    }

    [Fact]
    public void Next_IdsFromFilesOrTheApi_AreNotCounted()
    {
        Assert.Equal("GT-0003", ApplicationReference.Next(["a1", "GT-0002", "GT-12a", "GT-", "gt-0009", "GT--5", "GT-+7"]));
    }

    [Fact]
    public void Next_BeyondFourDigits_KeepsCounting()
    {
        Assert.Equal("GT-10000", ApplicationReference.Next(["GT-9999"]));
    }
}
