Console.Error.WriteLine("usage: crampbot chat|recognize|triage");
return 2;
