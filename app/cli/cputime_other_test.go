//go:build !unix

package cli

import (
	"testing"
	"time"
)

// cpuTime is 0 where the system gives no process CPU time through
// syscall (Windows, WebAssembly): the benchmarks then leave msgs/cpu-s out.
func cpuTime(*testing.B) time.Duration { return 0 }
