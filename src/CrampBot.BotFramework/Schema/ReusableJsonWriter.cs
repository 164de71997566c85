using System.Buffers;
using System.Text.Json;

namespace CrampBot.BotFramework.Schema;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> and its buffer kept per thread, for code that writes a JSON document synchronously
/// and copies the result out (a reply body, a state document). Every turn writes a few of these; a new writer and a
/// buffer sized for the whole document each time were garbage the collector then had to clear.
/// </summary>
internal sealed class ReusableJsonWriter(JsonWriterOptions options)
{
    /// <summary>A thread does not keep a buffer grown past this by one unusually large document.</summary>
    private const int KeptBufferBytes = 64 * 1024;

    private readonly ThreadLocal<Slot?> _slots = new();

    /// <summary>A writer for this thread; dispose the lease (after copying what was written) to give it back.</summary>
    public Lease Rent()
    {
        // Taken out while in use, so a nested rent on the same thread gets a writer of its own.
        var slot = _slots.Value ?? new Slot(options);
        _slots.Value = null;
        return new Lease(this, slot);
    }

    private void Return(Slot slot)
    {
        if (slot.Buffer.Capacity > KeptBufferBytes)
        {
            slot.Writer.Dispose();
            return;
        }

        slot.Buffer.ResetWrittenCount();
        slot.Writer.Reset(slot.Buffer);
        _slots.Value = slot;
    }

    public readonly ref struct Lease
    {
        private readonly ReusableJsonWriter _owner;
        private readonly Slot _slot;

        internal Lease(ReusableJsonWriter owner, Slot slot)
        {
            _owner = owner;
            _slot = slot;
        }

        public Utf8JsonWriter Writer => _slot.Writer;

        /// <summary>What was written so far; valid until the lease is disposed.</summary>
        public ReadOnlySpan<byte> Written
        {
            get
            {
                _slot.Writer.Flush();
                return _slot.Buffer.WrittenSpan;
            }
        }

        public void Dispose() => _owner.Return(_slot);
    }

    internal sealed class Slot
    {
        public Slot(JsonWriterOptions options)
        {
            Buffer = new ArrayBufferWriter<byte>(1024);
            Writer = new Utf8JsonWriter(Buffer, options);
        }

        public ArrayBufferWriter<byte> Buffer { get; }

        public Utf8JsonWriter Writer { get; }
    }
}
