// The worker thread of the pool (worker-pool.ts): runs the task table, keeping its own party sets.
import {
  createTaskRunner,
  type TaskMessage,
  type TaskName,
  type TaskReply,
} from './heavy-work.tasks.ts';

const run = createTaskRunner();

export default function heavyWork<K extends TaskName>(message: TaskMessage<K>): TaskReply<K> {
  return run(message);
}
